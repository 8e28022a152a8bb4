import Foundation
import GroundworkHTTP
import GroundworkTestSupport
import Testing

@Suite struct HTTPDownloadTests {
    static let payload = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })

    @Test func downloadWritesTheBodyToTheFile() async throws {
        let server = try LocalHTTPServer { _ in ScriptedResponse(body: Self.payload) }
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("brick.tar.gz")

        let response = try await HTTPClient.forTests().download(.get(server.url("/brick.tar.gz")), to: file)
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
        #expect(try Data(contentsOf: file) == Self.payload)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["brick.tar.gz"])
    }

    @Test func downloadAfterRedirectAndRetry() async throws {
        let server = try LocalHTTPServer { request in
            switch (request.path, request.index) {
            case ("/latest", _): .redirect(to: "/v2.tar.gz")
            case (_, 1): .text("try later", status: 503)
            default: ScriptedResponse(body: Self.payload)
            }
        }
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("pack")
        try await HTTPClient.forTests().download(.get(server.url("/latest")), to: file)
        #expect(try Data(contentsOf: file) == Self.payload)
    }

    static let failures: [(String, ScriptedResponse)] = [
        ("server error", .text("broken", status: 500)),
        ("too large", ScriptedResponse(body: Data(count: 300_000))),
        ("truncated", ScriptedResponse(headers: [("Content-Length", "100000")], body: Data(count: 10))),
    ]

    @Test(arguments: 0..<failures.count)
    func failedDownloadLeavesNoFile(failure: Int) async throws {
        let scripted = Self.failures[failure].1
        let server = try LocalHTTPServer { _ in scripted }
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("brick.tar.gz")
        let client = HTTPClient.forTests(attempts: 2, maxResponseBytes: 256 * 1024)

        let error = await httpError { try await client.download(.get(server.url("/brick.tar.gz")), to: file) }
        #expect(error != nil, "\(Self.failures[failure].0)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "\(Self.failures[failure].0)")
    }

    @Test func unwritableDestinationIsReported() async throws {
        let server = try LocalHTTPServer { _ in .text("data") }
        let file = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/file")
        let error = await httpError { try await HTTPClient.forTests().download(.get(server.url("/")), to: file) }
        #expect(error?.code == .fileWrite)
    }
}
