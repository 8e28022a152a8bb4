#if Enterprise
import ArgumentParser
import Foundation
import GroundworkHTTP
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct WebhookTests {
    let scratch = GroundworkTestSupport.ScratchDirectory(prefix: "fleet-webhook")

    private func storePath(evaluation: Bool = false) async throws -> String {
        let path = scratch.appending("fleet.db")
        try await StoreFixtures.fill(try SQLiteFleetStore(path: path), prefix: "run", count: 2, lastIsEvaluation: evaluation)
        return path
    }

    @Test func postsASlackCompatibleSummary() async throws {
        let server = try LocalHTTPServer { _ in .text("ok") }
        let store = try SQLiteFleetStore(path: try await storePath(evaluation: true))
        let data = try await FleetReportLoader.load(from: store, runID: nil, since: nil)
        try await FleetWebhook.post(data, to: server.url("/services/T000/B000/secretpath"))
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/services/T000/B000/secretpath")
        #expect(request.header("Content-Type") == "application/json")
        let json = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
        let text = try #require(json["text"] as? String)
        #expect(text.hasPrefix(Entitlement.evaluationMarker))
        #expect(text.contains("Fleet Agency fleet: 5 repositories"))
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.first?["type"] as? String == "header")
        #expect(blocks.contains { $0["type"] as? String == "section" && $0["fields"] is [[String: Any]] })
        #expect(blocks.last?["type"] as? String == "context")
        // Slack mrkdwn: stored names cannot open a link or a mention.
        let body = request.text
        #expect(!body.contains("<script>"))
        #expect(body.contains("&lt;script&gt;"))
    }

    @Test func aServerErrorIsReportedAndTheReportIsStillWritten() async throws {
        let server = try LocalHTTPServer { _ in .text("boom", status: 500) }
        let output = scratch.appending("report.html")
        let hook = server.url("/services/T000/B000/secretpath")
        let command = try FleetReportCommand.parse(["--store", try await storePath(), "--output", output, "--webhook", hook])
        await #expect { try await command.run() } throws: { error in (error as? ExitCode)?.rawValue == 2 }
        #expect(FileManager.default.fileExists(atPath: output))
        #expect(server.requests.count >= 1)
    }

    @Test func theErrorHidesTheWebhookSecretPath() async throws {
        let server = try LocalHTTPServer { _ in .text("nope", status: 404) }
        let store = try SQLiteFleetStore(path: try await storePath())
        let data = try await FleetReportLoader.load(from: store, runID: nil, since: nil)
        await #expect {
            try await FleetWebhook.post(data, to: server.url("/services/T000/B000/secretpath"), client: HTTPClient(configuration: .init(retry: .never)))
        } throws: { error in
            guard let error = error as? FleetWebhook.FleetWebhookError else { return false }
            return error.exitStatus == .incomplete && error.message.contains("404") && !error.message.contains("secretpath")
                && error.message.contains("127.0.0.1:\(server.port)")
        }
    }
}
#endif
