import Foundation
import GroundworkBasics

/// One HTTP request: method, URL, headers, body, and optional overrides of the client's configuration.
package struct HTTPRequest: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// An HTTP method; any token is allowed, the common ones have names.
    package struct Method: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        package var rawValue: String

        package init(rawValue: String) { self.rawValue = rawValue.uppercased() }
        package init(stringLiteral value: String) { self.init(rawValue: value) }

        package static let get: Method = "GET"
        package static let head: Method = "HEAD"
        package static let post: Method = "POST"
        package static let put: Method = "PUT"
        package static let patch: Method = "PATCH"
        package static let delete: Method = "DELETE"

        package var description: String { rawValue }
    }

    /// The method; GET unless said otherwise.
    package var method: Method
    /// An absolute http:// or https:// URL; it may carry credentials, which are redacted when printed.
    package var url: String
    /// Headers to send; libcurl adds Host, User-Agent and, for a body, Content-Length.
    package var headers: HTTPHeaders
    /// The body to send, if any.
    package var body: Data?

    /// Overrides `Configuration.timeout` for this request.
    package var timeout: Duration?
    /// Overrides `Configuration.connectTimeout` for this request.
    package var connectTimeout: Duration?
    /// Overrides `Configuration.maxResponseBytes` for this request.
    package var maxResponseBytes: Int64?
    /// Overrides `Configuration.maxRedirects` for this request; 0 means redirects are not followed.
    package var maxRedirects: Int?
    /// Overrides `Configuration.retry` for this request.
    package var retry: HTTPClient.RetryPolicy?

    package init(method: Method = .get, url: String, headers: HTTPHeaders = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// A GET request.
    package static func get(_ url: String, headers: HTTPHeaders = [:]) -> HTTPRequest {
        HTTPRequest(method: .get, url: url, headers: headers)
    }

    /// A POST request with a body.
    package static func post(_ url: String, body: Data, headers: HTTPHeaders = [:]) -> HTTPRequest {
        HTTPRequest(method: .post, url: url, headers: headers, body: body)
    }

    /// Adds `Authorization: Bearer <token>`, marked sensitive.
    package mutating func authorize(bearer token: String) {
        headers.set("Authorization", "Bearer \(token)", sensitive: true)
    }

    /// The method and the redacted URL.
    package var description: String {
        "\(method) \(URLRedaction.redact(url))"
    }

    /// The method, redacted URL, headers with sensitive values hidden, and the body's size.
    package var debugDescription: String {
        var lines = [description]
        if !headers.fields.isEmpty { lines.append(headers.description) }
        if let body { lines.append("(\(body.count) bytes of body)") }
        return lines.joined(separator: "\n")
    }
}
