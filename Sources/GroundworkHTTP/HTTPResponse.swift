import Foundation
import GroundworkBasics

/// A response received in full: status, headers, body, and the URL it finally came from.
public struct HTTPResponse: Sendable, CustomStringConvertible {
    /// The status code of the final response, after redirects.
    public var status: Int
    /// The headers of the final response, looked up case-insensitively.
    public var headers: HTTPHeaders
    /// The body; empty for a download, whose body went to a file.
    public var body: Data
    /// The URL the response came from after redirects (it may carry credentials: print it redacted).
    public var url: String

    public init(status: Int, headers: HTTPHeaders = [:], body: Data = Data(), url: String) {
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The body decoded as UTF-8, or nil when it is not valid UTF-8.
    public var text: String? { String(data: body, encoding: .utf8) }

    /// The status, the redacted URL and the body's size.
    public var description: String {
        "HTTP \(status) from \(URLRedaction.redact(url)) (\(body.count) bytes)"
    }
}
