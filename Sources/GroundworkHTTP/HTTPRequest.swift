import Foundation
import GroundworkBasics

/// One HTTP request: method, URL, headers, body, and optional overrides of the client's configuration.
public struct HTTPRequest: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// An HTTP method; any token is allowed, the common ones have names.
    public struct Method: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        public var rawValue: String

        public init(rawValue: String) { self.rawValue = rawValue.uppercased() }
        public init(stringLiteral value: String) { self.init(rawValue: value) }

        public static let get: Method = "GET"
        public static let head: Method = "HEAD"
        public static let post: Method = "POST"
        public static let put: Method = "PUT"
        public static let patch: Method = "PATCH"
        public static let delete: Method = "DELETE"

        public var description: String { rawValue }
    }

    /// The method; GET unless said otherwise.
    public var method: Method
    /// An absolute http:// or https:// URL; it may carry credentials, which are redacted when printed.
    public var url: String
    /// Headers to send; libcurl adds Host, User-Agent and, for a body, Content-Length.
    public var headers: HTTPHeaders
    /// The body to send, if any.
    public var body: Data?

    /// Overrides `Configuration.timeout` for this request.
    public var timeout: Duration?
    /// Overrides `Configuration.connectTimeout` for this request.
    public var connectTimeout: Duration?
    /// Overrides `Configuration.maxResponseBytes` for this request.
    public var maxResponseBytes: Int64?
    /// Overrides `Configuration.maxRedirects` for this request; 0 means redirects are not followed.
    public var maxRedirects: Int?
    /// Overrides `Configuration.retry` for this request.
    public var retry: HTTPClient.RetryPolicy?

    public init(method: Method = .get, url: String, headers: HTTPHeaders = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// A GET request.
    public static func get(_ url: String, headers: HTTPHeaders = [:]) -> HTTPRequest {
        HTTPRequest(method: .get, url: url, headers: headers)
    }

    /// A POST request with a body.
    public static func post(_ url: String, body: Data, headers: HTTPHeaders = [:]) -> HTTPRequest {
        HTTPRequest(method: .post, url: url, headers: headers, body: body)
    }

    /// Adds `Authorization: Bearer <token>`, marked sensitive.
    public mutating func authorize(bearer token: String) {
        headers.set("Authorization", "Bearer \(token)", sensitive: true)
    }

    /// The method and the redacted URL.
    public var description: String {
        "\(method) \(URLRedaction.redact(url))"
    }

    /// The method, redacted URL, headers with sensitive values hidden, and the body's size.
    public var debugDescription: String {
        var lines = [description]
        if !headers.fields.isEmpty { lines.append(headers.description) }
        if let body { lines.append("(\(body.count) bytes of body)") }
        return lines.joined(separator: "\n")
    }
}
