/// The hand-written part of the Swift client: middlewares, the page walker and the smoke test.
enum SwiftClientRuntime {
    static func middlewares(_ api: ClientAPI, module: String) -> String {
        SwiftClientEmitter.header(api) + #"""
            import Foundation
            import HTTPTypes
            import OpenAPIRuntime

            /// The middlewares every client of this service wants, outermost first.
            public func standardMiddlewares(
                tokenProvider: (@Sendable () async throws -> String?)? = nil,
                traceparent: (@Sendable () -> String?)? = nil,
                timeout: Duration = .seconds(10),
                retries: Int = 2,
                retryNonIdempotent: Bool = false
            ) -> [any ClientMiddleware] {
                var middlewares: [any ClientMiddleware] = [ProblemMiddleware(), RetryMiddleware(retries: retries, retryNonIdempotent: retryNonIdempotent)]
                middlewares.append(TimeoutMiddleware(timeout: timeout))
                if let tokenProvider { middlewares.append(BearerTokenMiddleware(tokenProvider: tokenProvider)) }
                if let traceparent { middlewares.append(TraceparentMiddleware(traceparent: traceparent)) }
                return middlewares
            }

            /// The configuration every client of this service wants: dates read with or without fractional seconds.
            public let standardConfiguration = Configuration(dateTranscoder: RFC3339DateTranscoder())

            /// RFC 3339 dates with or without fractional seconds: servers differ (Node and Python send them, others
            /// may not), and OpenAPIRuntime's default transcoder reads only whole seconds.
            public struct RFC3339DateTranscoder: DateTranscoder {
                private let fractional = ISO8601DateTranscoder(options: [.withInternetDateTime, .withFractionalSeconds])
                private let whole = ISO8601DateTranscoder(options: [.withInternetDateTime])

                public init() {}

                public func encode(_ date: Date) throws -> String { try fractional.encode(date) }

                public func decode(_ dateString: String) throws -> Date {
                    if let date = try? fractional.decode(dateString) { return date }
                    return try whole.decode(dateString)
                }
            }

            /// An error answer (RFC 9457 problem+json when the server sends one).
            public struct APIError: Error, Sendable, CustomStringConvertible {
                public struct FieldError: Decodable, Sendable, Hashable {
                    public var field: String?
                    public var message: String?
                }

                public var status: Int
                public var type: String?
                public var title: String?
                public var detail: String?
                public var errors: [FieldError]

                public var description: String { "HTTP \(status)" + (detail ?? title).map { ": \($0)" }.orEmpty }
            }

            extension Optional where Wrapped == String {
                fileprivate var orEmpty: String { self ?? "" }
            }

            /// Throws `APIError` for answers of 400 and above, decoding problem+json when sent.
            public struct ProblemMiddleware: ClientMiddleware {
                public init() {}

                public func intercept(
                    _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                    next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
                ) async throws -> (HTTPResponse, HTTPBody?) {
                    let (response, responseBody) = try await next(request, body, baseURL)
                    guard response.status.code >= 400 else { return (response, responseBody) }
                    struct Problem: Decodable {
                        var type: String?
                        var title: String?
                        var detail: String?
                        var errors: [APIError.FieldError]?
                    }
                    var problem: Problem?
                    if let responseBody, response.headerFields[.contentType]?.contains("json") == true {
                        let data = try await Data(collecting: responseBody, upTo: 1 << 20)
                        problem = try? JSONDecoder().decode(Problem.self, from: data)
                    }
                    throw APIError(
                        status: response.status.code, type: problem?.type, title: problem?.title, detail: problem?.detail,
                        errors: problem?.errors ?? [])
                }
            }

            /// Retries network errors, 429 and 5xx with exponential backoff that honours Retry-After.
            public struct RetryMiddleware: ClientMiddleware {
                public var retries: Int
                public var retryNonIdempotent: Bool

                public init(retries: Int = 2, retryNonIdempotent: Bool = false) {
                    self.retries = retries
                    self.retryNonIdempotent = retryNonIdempotent
                }

                public func intercept(
                    _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                    next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
                ) async throws -> (HTTPResponse, HTTPBody?) {
                    let idempotent: Set<HTTPRequest.Method> = [.get, .head, .put, .delete, .options]
                    let retriable = idempotent.contains(request.method) || retryNonIdempotent
                    // A body is sent again on each attempt, so it is read once.
                    let bytes: [UInt8]? = if let body { try await [UInt8](collecting: body, upTo: 64 << 20) } else { nil }
                    var attempt = 0
                    while true {
                        do {
                            let (response, responseBody) = try await next(request, bytes.map { HTTPBody($0) }, baseURL)
                            let code = response.status.code
                            guard retriable, attempt < retries, code == 429 || code >= 500 else { return (response, responseBody) }
                            try await Task.sleep(for: Self.retryAfter(response) ?? Self.backoff(attempt))
                        } catch let error where !(error is CancellationError) && retriable && attempt < retries {
                            try await Task.sleep(for: Self.backoff(attempt))
                        }
                        attempt += 1
                    }
                }

                static func backoff(_ attempt: Int) -> Duration {
                    let base = min(0.1 * Double(1 << min(attempt, 10)), 5)
                    return .seconds(base / 2 + Double.random(in: 0...(base / 2)))
                }

                static func retryAfter(_ response: HTTPResponse) -> Duration? {
                    guard let value = response.headerFields[.retryAfter], let seconds = Double(value) else { return nil }
                    return .seconds(min(max(seconds, 0), 30))
                }
            }

            /// Bounds each attempt.
            public struct TimeoutMiddleware: ClientMiddleware {
                public var timeout: Duration

                public init(timeout: Duration) { self.timeout = timeout }

                public func intercept(
                    _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                    next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
                ) async throws -> (HTTPResponse, HTTPBody?) {
                    let timeout = self.timeout
                    // The child tasks end before the group returns, so `next` never outlives this call.
                    return try await withoutActuallyEscaping(next) { next in
                        try await withThrowingTaskGroup(of: (HTTPResponse, HTTPBody?).self) { group in
                            group.addTask { try await next(request, body, baseURL) }
                            group.addTask {
                                try await Task.sleep(for: timeout)
                                throw URLError(.timedOut)
                            }
                            defer { group.cancelAll() }
                            guard let first = try await group.next() else { throw URLError(.timedOut) }
                            return first
                        }
                    }
                }
            }

            /// Sends `Authorization: Bearer …` with a token asked for before each request.
            public struct BearerTokenMiddleware: ClientMiddleware {
                public var tokenProvider: @Sendable () async throws -> String?

                public init(tokenProvider: @escaping @Sendable () async throws -> String?) { self.tokenProvider = tokenProvider }

                public func intercept(
                    _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                    next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
                ) async throws -> (HTTPResponse, HTTPBody?) {
                    var request = request
                    if let token = try await tokenProvider(), !token.isEmpty { request.headerFields[.authorization] = "Bearer \(token)" }
                    return try await next(request, body, baseURL)
                }
            }

            /// Propagates W3C trace context.
            public struct TraceparentMiddleware: ClientMiddleware {
                public var traceparent: @Sendable () -> String?

                public init(traceparent: @escaping @Sendable () -> String?) { self.traceparent = traceparent }

                public func intercept(
                    _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                    next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
                ) async throws -> (HTTPResponse, HTTPBody?) {
                    var request = request
                    if let value = traceparent(), let name = HTTPField.Name("traceparent") { request.headerFields[name] = value }
                    return try await next(request, body, baseURL)
                }
            }

            """#
    }

    static func pages(_ api: ClientAPI) -> String {
        SwiftClientEmitter.header(api) + #"""

            /// Walks a paged list: fetches the first page, then the next while there is one, yielding every item.
            public enum Pages {
                public static func items<Page: Sendable, Item: Sendable, Position: Sendable>(
                    first: Position?,
                    fetch: @escaping @Sendable (Position?) async throws -> Page,
                    items: @escaping @Sendable (Page) -> [Item],
                    next: @escaping @Sendable (Page, Position?) -> Position?
                ) -> AsyncThrowingStream<Item, any Error> {
                    AsyncThrowingStream { continuation in
                        let task = Task {
                            do {
                                var position = first
                                while true {
                                    let page = try await fetch(position)
                                    for item in items(page) { continuation.yield(item) }
                                    guard let following = next(page, position) else { break }
                                    position = following
                                }
                                continuation.finish()
                            } catch {
                                continuation.finish(throwing: error)
                            }
                        }
                        continuation.onTermination = { _ in task.cancel() }
                    }
                }
            }

            """#
    }

    static func smokeTest(_ api: ClientAPI, module: String) -> String {
        SwiftClientEmitter.header(api) + #"""
            import Foundation
            import HTTPTypes
            import OpenAPIRuntime
            import Testing

            @testable import \#(module)

            /// Answers from a list and records the requests, in memory.
            actor ScriptedTransport {
                var answers: [(HTTPResponse, HTTPBody?)]
                var received: [HTTPRequest] = []

                init(_ answers: [(HTTPResponse, HTTPBody?)]) { self.answers = answers }

                func next(_ request: HTTPRequest) -> (HTTPResponse, HTTPBody?) {
                    received.append(request)
                    return answers.count > 1 ? answers.removeFirst() : answers[0]
                }
            }

            func run(_ middlewares: [any ClientMiddleware], _ transport: ScriptedTransport) async throws -> (HTTPResponse, HTTPBody?) {
                var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { request, _, _ in
                    await transport.next(request)
                }
                for middleware in middlewares.reversed() {
                    let inner = next
                    next = { request, body, url in
                        try await middleware.intercept(request, body: body, baseURL: url, operationID: "smoke", next: inner)
                    }
                }
                return try await next(HTTPRequest(method: .get, scheme: "http", authority: "service.test", path: "/smoke"), nil, URL(string: "http://service.test")!)
            }

            @Test func retriesAfterRetryAfterAndSendsCredentials() async throws {
                var busy = HTTPResponse(status: .serviceUnavailable)
                busy.headerFields[.retryAfter] = "0"
                let transport = ScriptedTransport([(busy, nil), (HTTPResponse(status: .ok), HTTPBody("{}"))])
                let traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
                let middlewares = standardMiddlewares(tokenProvider: { "smoke-token" }, traceparent: { traceparent })
                let (response, _) = try await run(middlewares, transport)
                #expect(response.status == .ok)
                let received = await transport.received
                #expect(received.count == 2)
                #expect(received.last?.headerFields[.authorization] == "Bearer smoke-token")
                #expect(received.last?.headerFields[HTTPField.Name("traceparent")!] == traceparent)
            }

            @Test func problemJSONBecomesAPIError() async throws {
                var notFound = HTTPResponse(status: .notFound)
                notFound.headerFields[.contentType] = "application/problem+json"
                let transport = ScriptedTransport([(notFound, HTTPBody(#"{"type":"about:blank","title":"Not Found","status":404,"detail":"no such thing"}"#))])
                let error = await #expect(throws: APIError.self) { try await run(standardMiddlewares(retries: 0), transport) }
                #expect(error?.status == 404)
                #expect(error?.title == "Not Found")
                #expect(error?.detail == "no such thing")
            }

            @Test func theGeneratedClientExists() {
                // Compiling this file proves swift-openapi-generator built the client from openapi.json.
                let _: Client.Type = Client.self
            }

            """#
    }
}
