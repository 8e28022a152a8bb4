import Foundation
import GroundworkAuditModel
import Testing

@testable import GroundworkReport

struct JSONReportRendererTests {
    let renderer = JSONReportRenderer()

    static let reports: [String: AuditReport] = [
        "full": ReportFixtures.full, "empty": ReportFixtures.empty, "hostile": ReportFixtures.hostile,
        "secret": ReportFixtures.withSecret(raw: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ]

    @Test(arguments: ["full", "empty", "hostile", "secret"])
    func decodesBackToTheSameReport(name: String) throws {
        let report = try #require(Self.reports[name])
        let json = renderer.render(report, options: RenderOptions())
        let decoded = try AuditReportCoding.decode(Data(json.utf8))
        #expect(decoded.schemaVersion == report.schemaVersion)
        #expect(decoded.tool == report.tool)
        #expect(decoded.repository == report.repository)
        #expect(decoded.generatedAt == report.generatedAt)
        #expect(decoded.stack == report.stack)
        #expect(decoded.results == report.results)
        #expect(decoded.scores == report.scores)
        #expect(decoded.effort == report.effort)
        #expect(decoded.history == report.history)
        #expect(decoded.problems == report.problems)
        #expect(decoded.isComplete == report.isComplete)
        #expect(renderer.render(decoded, options: RenderOptions()) == json)
    }

    @Test func topLevelCarriesSchemaVersionAndISODates() throws {
        let json = renderer.render(ReportFixtures.full, options: RenderOptions())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == AuditReport.currentSchemaVersion)
        #expect(object["generatedAt"] as? String == "2025-03-01T12:00:00Z")
        #expect(json.contains("\"path\" : \"scripts/deploy.sh\""))
        #expect(json.hasSuffix("}\n"))
    }

    @Test func keysAreSorted() {
        let json = renderer.render(ReportFixtures.full, options: RenderOptions())
        let topLevelKeys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topLevelKeys == topLevelKeys.sorted())
        #expect(topLevelKeys.count == 11)
    }

    @Test func refusesNewerSchemaVersions() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(renderer.render(ReportFixtures.empty, options: RenderOptions()).utf8)) as? [String: Any])
        object["schemaVersion"] = AuditReport.currentSchemaVersion + 1
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: AuditReportCoding.DecodingFailure.self) { try AuditReportCoding.decode(data) }
    }

    @Test(arguments: ["", "[]", "{\"schemaVersion\": 1}", "{not json", "{\"schemaVersion\": \"one\"}"])
    func malformedInputIsAClearError(input: String) {
        #expect(throws: AuditReportCoding.DecodingFailure.self) { try AuditReportCoding.decode(Data(input.utf8)) }
    }

    @Test func missingFieldErrorNamesIt() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(renderer.render(ReportFixtures.empty, options: RenderOptions()).utf8)) as? [String: Any])
        object["repository"] = ["source": "x"]
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try AuditReportCoding.decode(data)
            Issue.record("decoded a report with no repository.isBare")
        } catch let failure as AuditReportCoding.DecodingFailure {
            #expect(failure.description.contains("isBare"))
            #expect(failure.description.contains("repository"))
        }
    }
}

/// docs/audit-json.md is the schema's documentation: every field the encoder writes must be in it,
/// and its example must still decode.
struct AuditJSONDocumentationTests {
    static let documentationURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/audit-json.md")

    static var documentation: String {
        get throws { try String(contentsOf: documentationURL, encoding: .utf8) }
    }

    /// Every key path in a value: `repository.commit`, `results[].evidence[].line`; dictionary keys of
    /// `scores.areas` are data, written `scores.areas.<area>`.
    static func keyPaths(_ value: Any, prefix: String = "") -> Set<String> {
        if let array = value as? [Any] {
            return array.reduce(into: Set<String>()) { $0.formUnion(keyPaths($1, prefix: prefix + "[]")) }
        }
        guard let object = value as? [String: Any] else { return [] }
        var paths = Set<String>()
        for (key, child) in object {
            let name = prefix == "scores.areas" ? "<area>" : key
            let path = prefix.isEmpty ? name : "\(prefix).\(name)"
            paths.insert(path)
            paths.formUnion(keyPaths(child, prefix: path))
        }
        return paths
    }

    @Test func everyFieldIsDocumented() throws {
        let documentation = try Self.documentation
        var report = ReportFixtures.full
        report.repository.submodules = ["vendor/lib"]
        report.stack.delivery = DeliveryFacts()
        report.stack.delivery.dockerfiles = ["Dockerfile"]
        report.stack.delivery.dockerignore = ".dockerignore"
        report.stack.delivery.composeFiles = ["compose.yaml"]
        report.stack.delivery.composeServices = ["api"]
        report.stack.delivery.kubernetesManifests = ["deploy/api.yaml"]
        report.stack.delivery.helmCharts = ["charts/api"]
        report.stack.delivery.kustomizations = ["deploy/kustomization.yaml"]
        report.stack.delivery.terraform = ["infra"]
        report.stack.packages[0].entrypoints = ["src/index.ts"]
        report.stack.packages[0].ports = [3000]
        report.stack.packages[0].lockfile = "pnpm-lock.yaml"
        report.stack.packages[0].testCommand = "pnpm test"
        report.stack.packages[0].buildCommand = "pnpm build"
        report.stack.packages[0].lintCommand = "pnpm lint"
        let json = JSONReportRenderer().render(report, options: RenderOptions())
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let undocumented = Self.keyPaths(object).filter { !documentation.contains("`\($0)`") }.sorted()
        #expect(undocumented.isEmpty, "add these fields to docs/audit-json.md: \(undocumented)")
    }

    /// The report the documentation shows: the full fixture abridged to three results.
    static var exampleReport: AuditReport {
        let full = ReportFixtures.full
        return AuditReport(
            tool: full.tool, repository: full.repository, generatedAt: full.generatedAt, stack: full.stack,
            results: full.results.filter { ["docs.readme", "ci.tests", "delivery.k8s-probes"].contains($0.id) },
            history: full.history, problems: [])
    }

    /// The example is this build's own output; `GROUNDWORK_RECORD_DOCS=1` re-records it.
    @Test func exampleIsCurrent() throws {
        let documentation = try Self.documentation
        let start = try #require(documentation.range(of: "```json\n"))
        let end = try #require(documentation.range(of: "\n```", range: start.upperBound..<documentation.endIndex))
        let rendered = String(JSONReportRenderer().render(Self.exampleReport, options: RenderOptions()).dropLast())
        guard ProcessInfo.processInfo.environment["GROUNDWORK_RECORD_DOCS"] != "1" else {
            try documentation.replacingCharacters(in: start.upperBound..<end.lowerBound, with: rendered)
                .write(to: Self.documentationURL, atomically: true, encoding: .utf8)
            Issue.record("recorded docs/audit-json.md's example; run again without GROUNDWORK_RECORD_DOCS to check it")
            return
        }
        #expect(documentation[start.upperBound..<end.lowerBound] == rendered, "docs/audit-json.md's example is stale: re-record with GROUNDWORK_RECORD_DOCS=1")
    }

    @Test func exampleDecodes() throws {
        let documentation = try Self.documentation
        let start = try #require(documentation.range(of: "```json\n"))
        let end = try #require(documentation.range(of: "\n```", range: start.upperBound..<documentation.endIndex))
        let example = documentation[start.upperBound..<end.lowerBound]
        let report = try AuditReportCoding.decode(Data(example.utf8))
        #expect(report.schemaVersion == AuditReport.currentSchemaVersion)
        #expect(!report.results.isEmpty)
    }

    @Test func schemaVersionIsTheDocumentedOne() throws {
        #expect(try Self.documentation.contains("Current schema version: **\(AuditReport.currentSchemaVersion)**"))
    }
}
