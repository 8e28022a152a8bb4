import Foundation

/// A request as `LocalHTTPServer` received it, for a handler to answer and a test to assert on.
package struct RecordedRequest: Sendable {
    /// The order of arrival at this server, from 0: lets a handler fail the first attempt and answer the next.
    package let index: Int
    /// The method as sent, e.g. `POST`.
    package let method: String
    /// The request target as sent: path and query, e.g. `/api/v4/projects?page=2`.
    package let target: String
    /// The header fields in the order received.
    package let headers: [(name: String, value: String)]
    /// The body, de-chunked if it came chunked.
    package let body: Data

    package init(index: Int, method: String, target: String, headers: [(name: String, value: String)], body: Data) {
        self.index = index
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
    }

    /// The target without its query.
    package var path: String { String(target.prefix { $0 != "?" }) }

    /// The query items of the target, percent-decoded.
    package var queryItems: [URLQueryItem] { URLComponents(string: target)?.queryItems ?? [] }

    /// The first value of the header named `name`, in any case.
    package func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body decoded as UTF-8 (invalid bytes replaced).
    package var text: String { String(decoding: body, as: UTF8.self) }
}

/// What `LocalHTTPServer` does with a request: answer it (possibly late) or drop the connection.
package struct ScriptedResponse: Sendable {
    /// The status code.
    package var status: Int
    /// Sent as given. `Content-Length` is added unless present (a larger one than the body truncates it)
    /// or `Transfer-Encoding: chunked` is, which sends the body chunked with no length announced.
    package var headers: [(name: String, value: String)]
    /// The body, sent whole (or chunked, see `headers`).
    package var body: Data
    /// How long to wait before answering; the wait ends early when the client hangs up.
    package var delay: Duration
    /// Close the connection without answering (after `delay`), as a crashed server would.
    package var closesWithoutResponse: Bool

    package init(
        status: Int = 200, headers: [(name: String, value: String)] = [], body: Data = Data(),
        delay: Duration = .zero, closesWithoutResponse: Bool = false
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.closesWithoutResponse = closesWithoutResponse
    }

    /// A `text/plain` response.
    package static func text(_ text: String, status: Int = 200, headers: [(name: String, value: String)] = []) -> ScriptedResponse {
        ScriptedResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")] + headers, body: Data(text.utf8))
    }

    /// An `application/json` response.
    package static func json(_ json: String, status: Int = 200, headers: [(name: String, value: String)] = []) -> ScriptedResponse {
        ScriptedResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(json.utf8))
    }

    /// A redirect to `location` (absolute, or a path on this server).
    package static func redirect(to location: String, status: Int = 302) -> ScriptedResponse {
        ScriptedResponse(status: status, headers: [("Location", location)])
    }

    /// The connection is closed without a response.
    package static let closeWithoutResponse = ScriptedResponse(closesWithoutResponse: true)

    /// This response, sent after `delay`.
    package func delayed(by delay: Duration) -> ScriptedResponse {
        var copy = self
        copy.delay = delay
        return copy
    }

    /// The first value of the header named `name`, in any case.
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
