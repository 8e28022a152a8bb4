import Foundation
import GroundworkBasics

/// A response received in full: status, headers, body, and the URL it finally came from.
package struct HTTPResponse: Sendable, CustomStringConvertible {
    /// The status code of the final response, after redirects.
    package var status: Int
    /// The headers of the final response, looked up case-insensitively.
    package var headers: HTTPHeaders
    /// The body; empty for a download, whose body went to a file.
    package var body: Data
    /// The URL the response came from after redirects (it may carry credentials: print it redacted).
    package var url: String

    package init(status: Int, headers: HTTPHeaders = [:], body: Data = Data(), url: String) {
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url
    }

    /// Whether the status is 2xx.
    package var isSuccess: Bool { (200..<300).contains(status) }

    /// The body decoded as UTF-8, or nil when it is not valid UTF-8.
    package var text: String? { String(data: body, encoding: .utf8) }

    /// The status, the redacted URL and the body's size.
    package var description: String {
        "HTTP \(status) from \(URLRedaction.redact(url)) (\(body.count) bytes)"
    }
}
