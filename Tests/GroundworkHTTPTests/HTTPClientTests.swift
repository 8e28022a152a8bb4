import Foundation
import GroundworkBasics
import GroundworkHTTP
import GroundworkTestSupport
import Testing

@Suite struct HTTPClientTests {
    @Test func getReturnsStatusHeadersAndBody() async throws {
        let server = try LocalHTTPServer { _ in .text("hello", headers: [("X-Request-Id", "42")]) }
        var request = HTTPRequest.get(server.url("/greeting?lang=en"))
        request.headers.add("Accept", "text/plain")
        let response = try await HTTPClient.forTests().send(request)

        #expect(response.status == 200)
        #expect(response.text == "hello")
        #expect(response.headers["x-request-id"] == "42")
        #expect(response.headers["CONTENT-TYPE"] == "text/plain; charset=utf-8")
        #expect(response.url == server.url("/greeting?lang=en"))
        let received = try #require(server.requests.first)
        #expect(received.method == "GET")
        #expect(received.target == "/greeting?lang=en")
        #expect(received.header("accept") == "text/plain")
        #expect(received.header("User-Agent") == "groundwork/\(GroundworkVersion.current)")
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .patch])
    func bodyAndHeadersAreSent(method: HTTPRequest.Method) async throws {
        let server = try LocalHTTPServer { request in
            .json(request.text, status: 201, headers: [("X-Echo-Type", request.header("Content-Type") ?? "")])
        }
        var request = HTTPRequest(method: method, url: server.url("/items"), body: Data(#"{"name":"brick"}"#.utf8))
        request.headers.add("Content-Type", "application/json")
        let response = try await HTTPClient.forTests().send(request)

        #expect(response.status == 201)
        #expect(response.text == #"{"name":"brick"}"#)
        #expect(response.headers["X-Echo-Type"] == "application/json")
        let received = try #require(server.requests.first)
        #expect(received.method == method.rawValue)
        #expect(received.header("Content-Length") == "16")
        #expect(received.header("Expect") == nil)
    }

    @Test func serverErrorIsRetried() async throws {
        let server = try LocalHTTPServer { $0.index == 0 ? .text("boom", status: 500) : .text("ok") }
        let response = try await HTTPClient.forTests().send(.get(server.url("/flaky")))
        #expect(response.text == "ok")
        #expect(server.requests.count == 2)
    }

    @Test func droppedConnectionIsRetried() async throws {
        let server = try LocalHTTPServer { $0.index == 0 ? .closeWithoutResponse : .text("ok") }
        let response = try await HTTPClient.forTests().send(.get(server.url("/")))
        #expect(response.text == "ok")
        #expect(server.requests.count == 2)
    }

    @Test func retryAfterIsHonoured() async throws {
        let server = try LocalHTTPServer { request in
            request.index == 0 ? .text("slow down", status: 429, headers: [("Retry-After", "1")]) : .text("ok")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let response = try await HTTPClient.forTests().send(.get(server.url("/limited")))
        #expect(response.status == 200)
        #expect(clock.now - start >= .milliseconds(950))
        #expect(server.requests.count == 2)
    }

    @Test func exhaustedRetriesThrowTheLastStatus() async throws {
        let server = try LocalHTTPServer { _ in .text("unavailable", status: 503) }
        let error = await httpError { _ = try await HTTPClient.forTests(attempts: 3).send(.get(server.url("/down"))) }
        #expect(error?.code == .httpStatus(503))
        #expect(error?.attempts == 3)
        #expect(error?.response?.text == "unavailable")
        #expect(error?.exitStatus == .incomplete)
        #expect(server.requests.count == 3)
    }

    @Test func notFoundIsNotRetried() async throws {
        let server = try LocalHTTPServer { _ in .text("no such thing", status: 404) }
        let error = await httpError { _ = try await HTTPClient.forTests().send(.get(server.url("/missing"))) }
        #expect(error?.code == .httpStatus(404))
        #expect(error?.attempts == 1)
        #expect(server.requests.count == 1)
    }

    @Test func slowServerTimesOut() async throws {
        // The server would answer after 120 s; the client must give up after its 300 ms.
        let server = try LocalHTTPServer { _ in ScriptedResponse.text("late").delayed(by: .seconds(120)) }
        let client = HTTPClient.forTests(attempts: 1, timeout: .milliseconds(300))
        let error = await httpError { _ = try await client.send(.get(server.url("/slow"))) }
        // A timeout error (not the late response) proves the client gave up before the server answered; the
        // server's own clock says when. The test's clock would not: on a loaded machine, parallel tests can
        // keep this task from resuming for minutes after the transfer ended.
        #expect(error?.code == .timedOut)
        let abandoned = await server.waitForAbandonment()
        #expect(abandoned.count == 1)
        #expect(abandoned.allSatisfy { $0.after < .seconds(30) }, "\(abandoned)")
    }

    @Test(arguments: [false, true])
    func oversizedBodyIsRejected(chunked: Bool) async throws {
        let headers = chunked ? [(name: "Transfer-Encoding", value: "chunked")] : []
        let server = try LocalHTTPServer { _ in ScriptedResponse(headers: headers, body: Data(count: 256 * 1024)) }
        let client = HTTPClient.forTests(maxResponseBytes: 1024)
        let error = await httpError { _ = try await client.send(.get(server.url("/big"))) }
        #expect(error?.code == .responseTooLarge)
        #expect(server.requests.count == 1)
    }

    @Test func perRequestLimitOverridesConfiguration() async throws {
        let server = try LocalHTTPServer { _ in ScriptedResponse(body: Data(count: 4096)) }
        var request = HTTPRequest.get(server.url("/"))
        request.maxResponseBytes = 100
        let error = await httpError { _ = try await HTTPClient.forTests().send(request) }
        #expect(error?.code == .responseTooLarge)
    }

    @Test func redirectIsFollowedToTheFinalURL() async throws {
        let server = try LocalHTTPServer { request in
            request.path == "/start" ? .redirect(to: "/final?x=1") : .text("arrived at \(request.target)")
        }
        let response = try await HTTPClient.forTests().send(.get(server.url("/start")))
        #expect(response.text == "arrived at /final?x=1")
        #expect(response.url == server.url("/final?x=1"))
        #expect(server.requests.map(\.path) == ["/start", "/final"])
    }

    @Test func redirectLoopFails() async throws {
        let server = try LocalHTTPServer { _ in .redirect(to: "/loop") }
        let error = await httpError { _ = try await HTTPClient.forTests(maxRedirects: 3).send(.get(server.url("/loop"))) }
        #expect(error?.code == .tooManyRedirects)
        #expect(server.requests.count == 4)
    }

    @Test(arguments: ["not a url", "ftp://example.com/file", "http://", "file:///etc/passwd", "https://exa mple.com/"])
    func invalidURLIsAUsageError(url: String) async throws {
        let error = await httpError { _ = try await HTTPClient.forTests().send(.get(url)) }
        #expect(error?.code == .invalidURL)
        #expect(error?.exitStatus == .usage)
    }

    @Test func refusedConnectionIsReported() async throws {
        let port = try LocalHTTPServer.unusedPort()
        let error = await httpError { _ = try await HTTPClient.forTests(attempts: 2).send(.get("http://127.0.0.1:\(port)/")) }
        #expect(error?.code == .couldNotConnect)
        #expect(error?.attempts == 2)
        #expect(error?.exitStatus == .incomplete)
        #expect(error?.description.contains("Check that the server is up") == true)
    }

    @Test func headerWithLineBreakIsRefused() async throws {
        let server = try LocalHTTPServer { _ in .text("ok") }
        var request = HTTPRequest.get(server.url("/"))
        request.authorize(bearer: "abc\r\nX-Injected: 1")
        let error = await httpError { _ = try await HTTPClient.forTests().send(request) }
        #expect(error?.code == .invalidRequest)
        #expect(server.requests.isEmpty)
    }

    @Test func cancellationAbortsTheTransfer() async throws {
        let server = try LocalHTTPServer { _ in ScriptedResponse.text("late").delayed(by: .seconds(120)) }
        let task = Task { try await HTTPClient.forTests().send(.get(server.url("/slow"))) }
        // Cancelled once the request reached the server, so the abort is of a transfer under way.
        let deadline = ContinuousClock.now + .seconds(60)
        while server.requests.isEmpty, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        task.cancel()
        // CancellationError (not the late response) proves the transfer was aborted; the server's clock says
        // it was at once (see slowServerTimesOut for why not the test's own).
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        let abandoned = await server.waitForAbandonment()
        #expect(abandoned.count == 1)
        #expect(abandoned.allSatisfy { $0.after < .seconds(30) }, "\(abandoned)")
    }

    @Test func libcurlSupportsHTTPS() {
        let info = LibcurlInfo.current
        #expect(!info.version.isEmpty)
        #expect(info.supportsHTTPS)
        #expect(info.protocols.contains("http"))
        #expect(info.sslVersion != nil)
    }
}
