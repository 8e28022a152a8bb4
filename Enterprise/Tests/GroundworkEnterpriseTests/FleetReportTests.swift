#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct FleetReportTests {
    let scratch = GroundworkTestSupport.ScratchDirectory(prefix: "fleet-report")

    private func data(runs: Int = 3, evaluation: Bool = false, runID: String? = nil, since: Date? = nil) async throws -> FleetReportData {
        let store = try SQLiteFleetStore(path: scratch.appending("fleet.db"))
        try await StoreFixtures.fill(store, prefix: "run", count: runs, lastIsEvaluation: evaluation)
        return try await FleetReportLoader.load(from: store, runID: runID, since: since, now: StoreFixtures.start)
    }

    @Test func theNewestRunIsReportedWithEveryEarlierRunAsTrend() async throws {
        let data = try await data()
        #expect(data.run.id == "run-3")
        #expect(data.trend.map(\.runID) == ["run-1", "run-2", "run-3"])
        #expect(data.results.count == 5)
        let scores = data.trend.compactMap(\.averageScore)
        #expect(scores.count == 3 && scores[0] < scores[2])
        #expect(data.trend.map(\.failingChecks) == [9, 7, 5])
        #expect(data.clients.map(\.client) == ["(no client)", "acme", "globex"])
        #expect(data.levels.count == 3)
    }

    @Test func runAndSinceChooseTheRunAndTheWindow() async throws {
        let older = try await data(runID: "run-2")
        #expect(older.run.id == "run-2")
        #expect(older.trend.map(\.runID) == ["run-1", "run-2"])
        let recent = try await data(since: StoreFixtures.start.addingTimeInterval(86_400))
        #expect(recent.trend.map(\.runID) == ["run-2", "run-3"])
        await #expect { try await data(runID: "run-9") } throws: { ($0 as? FleetReportError)?.code == .unknownRun }
    }

    @Test func anEmptyStoreIsAUsageError() async throws {
        let store = try SQLiteFleetStore(path: scratch.appending("empty.db"))
        await #expect { try await FleetReportLoader.load(from: store, runID: nil, since: nil) } throws: { error in
            (error as? FleetReportError)?.code == .noRuns && (error as? FleetReportError)?.exitStatus == .usage
        }
    }

    @Test func htmlIsSelfContainedAndEscapesStoredText() async throws {
        let html = FleetReportFormat.html.render(try await data())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // Inside a tag: escaped text has no `<`, so a URL shown in evidence does not count.
        let references = try Regex(#"<[^>]*\s(src|href)\s*=\s*["']?\s*(https?:)?//"#).ignoresCase()
        #expect(html.firstMatch(of: references) == nil)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.lowercased().contains("url("))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=http://evil.example/x.png"))
        for section in ["Clients", "Repositories", "Top failing checks", "Trends", "Repositories in detail"] {
            #expect(html.contains("<h2>\(section)</h2>"), "missing section \(section)")
        }
        #expect(!html.contains(Entitlement.evaluationMarker))
    }

    @Test func htmlShowsLevelsClientsHoursAndDrillDown() async throws {
        let data = try await data()
        let html = FleetReportFormat.html.render(data)
        for level in ["gold", "silver", "bronze"] { #expect(html.contains("<span class=\"level\">\(level)</span>")) }
        for client in ["acme", "globex"] { #expect(html.contains("<th scope=\"row\">\(client)</th>")) }
        #expect(html.contains("Automated by bricks"))
        #expect(html.components(separatedBy: "<details class=\"repo\"").count - 1 == data.results.count)
        #expect(html.contains("cannot clone: host unreachable"))
        #expect(html.contains("src/app.js:3"))
    }

    @Test func trendsDrawOneLinePerClientAndTheFleet() async throws {
        let html = FleetReportFormat.html.render(try await data(runs: 4))
        #expect(html.components(separatedBy: "<svg class=\"trend\"").count - 1 == 2)
        // The fleet, acme and globex on both charts: the repository without a client was never audited, so it
        // has neither a score nor failing checks per repository.
        #expect(html.components(separatedBy: "<polyline fill=\"none\"").count - 1 == 6)
        #expect(html.contains("Failing checks per repository"))
        let single = FleetReportFormat.html.render(try await FleetReportLoader.load(from: SQLiteFleetStore(path: scratch.appending("fleet.db")), runID: "run-1", since: nil))
        #expect(single.contains("trends appear after the next fleet audit"))
    }

    @Test func withMoreClientsThanColoursTheLowestScoringGetLines() async throws {
        let store = try SQLiteFleetStore(path: scratch.appending("many.db"))
        for runIndex in 0..<2 {
            let run = FleetRun(id: "many-\(runIndex)", fleet: "f", startedAt: StoreFixtures.start.addingTimeInterval(Double(runIndex) * 86_400), isEvaluation: false)
            try await store.begin(run)
            for client in 0..<12 {
                // Client 0 scores lowest, client 11 highest; each has two failing checks in its one repository.
                try await store.record(
                    FleetRepositoryResult(
                        runID: run.id, repository: FleetRepository(name: "repo-\(client)", location: "/r/\(client)", client: String(format: "client-%02d", client)),
                        status: .audited, overallScore: 40 + client * 5, failingChecks: ["docs.readme", "ci.configured"], recordedAt: run.startedAt
                    ))
            }
            try await store.finish(runID: run.id, shardIndex: nil, at: run.startedAt.addingTimeInterval(60))
        }
        let html = FleetReportFormat.html.render(try await FleetReportLoader.load(from: store, runID: nil, since: nil, now: StoreFixtures.start))
        let lines = FleetTrendChart.palette.count
        #expect(html.components(separatedBy: "<polyline fill=\"none\"").count - 1 == 2 * (lines + 1))
        #expect(html.contains("Lines for the \(lines) clients with the lowest average score in the newest run; 4 more clients are in the Clients table."))
        let legend = html.components(separatedBy: "<ul class=\"legend trend-legend\">")[1].components(separatedBy: "</ul>")[0]
        #expect(legend.contains("client-00") && legend.contains("client-07") && !legend.contains("client-08"))
        // Two failing checks per repository, for the fleet as for each client.
        #expect(html.contains(": 2</title></circle>"))
        #expect(!html.contains(": 24</title></circle>"))
    }

    @Test func runLabelsOfATrendDoNotCrowdTheAxis() {
        let labels = (0..<6).map { "run-\($0)" }
        let svg = FleetTrendChart.render([FleetTrendChart.Series(label: "Fleet", values: [1, 2, 3, 4, 5, 6], emphasised: true)], xLabels: labels, title: "t", yMax: nil)
        #expect(labels.filter { svg.contains(">\($0)</text>") } == ["run-0", "run-2", "run-5"])
        let two = FleetTrendChart.render([FleetTrendChart.Series(label: "Fleet", values: [1, 2])], xLabels: ["a", "b"], title: "t", yMax: nil)
        #expect(two.contains(">a</text>") && two.contains(">b</text>"))
    }

    @Test(arguments: FleetReportFormat.allCases)
    func theEvaluationMarkIsOnEveryFormat(format: FleetReportFormat) async throws {
        let text = format.render(try await data(runs: 2, evaluation: true))
        switch format {
        case .csv: #expect(!text.isEmpty)
        case .sarif, .json: #expect(text.contains("\"evaluation\" : true"))
        case .html, .markdown: #expect(text.contains(Entitlement.evaluationMarker))
        }
    }

    @Test func csvHasOneQuotedRowPerRepository() async throws {
        let csv = FleetReportFormat.csv.render(try await data())
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "client,repository,status,score,level,gates,failing_checks,disabled_checks,effort_hours,automated_hours,commit,message")
        #expect(lines.count == 6)
        #expect(lines.contains { $0.hasPrefix("acme,\"acme/shop, \"\"web\"\"\",audited,") })
        #expect(lines.contains { $0.hasPrefix(",\"'=HYPERLINK(\"\"x\"\")\",failed,") })
        #expect(lines.contains { $0.hasPrefix("globex,<script>alert(1)</script>,audited,") })
    }

    @Test func csvFieldsFollowRFC4180() {
        #expect(FleetCSVRenderer.field("plain") == "plain")
        #expect(FleetCSVRenderer.field("a,b") == "\"a,b\"")
        #expect(FleetCSVRenderer.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(FleetCSVRenderer.field("two\nlines") == "\"two\nlines\"")
        #expect(FleetCSVRenderer.field("-12") == "-12")
        #expect(FleetCSVRenderer.field("@SUM(A1)") == "'@SUM(A1)")
    }

    @Test func jsonIsVersionedAndDecodes() async throws {
        let data = try await data()
        let text = FleetReportFormat.json.render(data)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let document = try decoder.decode(FleetJSONRenderer.Document.self, from: Data(text.utf8))
        #expect(document.schemaVersion == 1)
        #expect(document.run.id == "run-3")
        #expect(document.repositories.count == 5)
        #expect(document.trend.count == 3)
        #expect(document.summary.failed == 1)
        #expect(document.topFailingChecks.first?.repositories.isEmpty == false)
        #expect(document.clients.first { $0.client == "acme" }?.repositories == 2)
    }

    @Test func sarifHasOneRunPerRepositoryThatWasTried() async throws {
        let data = try await data()
        let text = FleetReportFormat.sarif.render(data)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == data.results.filter { $0.status != .skipped }.count)
        let ids = runs.compactMap { ($0["automationDetails"] as? [String: Any])?["id"] as? String }
        #expect(Set(ids).count == runs.count)
        #expect(ids.contains("groundwork-fleet/acme/orders-api/"))
        let orders = try #require(runs.first { ($0["properties"] as? [String: Any])?["repository"] as? String == "acme/orders-api" })
        #expect((orders["properties"] as? [String: Any])?["client"] as? String == "acme")
        let results = try #require(orders["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { $0["ruleId"] is String && $0["locations"] is [[String: Any]] })
        let failed = try #require(runs.first { ($0["properties"] as? [String: Any])?["repository"] as? String == "=HYPERLINK(\"x\")" })
        let invocation = try #require((failed["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
    }

    @Test func markdownHasTheTablesAndEscapesNames() async throws {
        let markdown = FleetReportFormat.markdown.render(try await data())
        #expect(markdown.contains("# Fleet report: Agency fleet"))
        #expect(markdown.contains("## Clients"))
        #expect(markdown.contains("## Trend"))
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(markdown.contains("| acme | acme/shop, \"web\" | audited | 87 | bronze | pass | 1 | 1 h |"), "the name with a comma and quotes sits whole in its cell")
    }

    @Test func theCommandWritesTheChosenFormat() async throws {
        _ = try await data()
        let output = scratch.appending("out.csv")
        let command = try FleetReportCommand.parse(["--store", scratch.appending("fleet.db"), "--format", "csv", "--output", output, "--since", "2026-01-01"])
        try await command.run()
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.hasPrefix("client,repository,"))
        #expect(throws: FleetReportError.self) { try FleetReportCommand.parseDate("yesterday") }
        #expect(try FleetReportCommand.parseDate("2026-05-28") == Date(timeIntervalSince1970: 1_779_926_400))
    }
}
#endif
