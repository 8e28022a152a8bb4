import Foundation
import GroundworkBasics

/// A request that failed: what kind of failure, what to do about it, and the URL with its credentials removed.
package struct HTTPError: UserFacingError, LocalizedError, Sendable {
    /// The kind of failure.
    package enum Code: Sendable, Equatable {
        /// The URL is not an absolute http:// or https:// URL.
        case invalidURL
        /// A header name or value cannot be sent (it contains a line break).
        case invalidRequest
        /// DNS found no address for the host (or the proxy).
        case couldNotResolveHost
        /// The TCP connection was refused or could not be made.
        case couldNotConnect
        /// The connection or the whole transfer took longer than allowed.
        case timedOut
        /// The body was larger than the configured limit.
        case responseTooLarge
        /// The server redirected more times than allowed.
        case tooManyRedirects
        /// The TLS handshake or the certificate check failed.
        case tls
        /// The server answered with this non-2xx status (after any retries).
        case httpStatus(Int)
        /// The downloaded body could not be written to its file.
        case fileWrite
        /// Any other transport failure, with libcurl's error code.
        case transport(Int)
    }

    /// The kind of failure.
    package let code: Code
    /// The method of the failed request.
    package let method: String
    /// The request URL with userinfo and sensitive query values replaced by `****`.
    package let redactedURL: String
    /// How many attempts were made.
    package let attempts: Int
    /// What went wrong underneath (libcurl's message, an errno text), already scrubbed of credentials.
    package let detail: String?
    /// The last response, for `httpStatus`, its URL redacted; its body often explains the failure.
    package let response: HTTPResponse?

    package init(
        _ code: Code, method: String, url: String, attempts: Int = 1, detail: String? = nil,
        response: HTTPResponse? = nil
    ) {
        self.code = code
        self.method = method
        self.redactedURL = URLRedaction.redact(url)
        self.attempts = attempts
        self.detail = detail
        self.response = response.map { response in
            var redacted = response
            redacted.url = URLRedaction.redact(response.url)
            return redacted
        }
    }

    /// Whether another attempt could succeed: connection failures, timeouts, dropped connections, 429 and 5xx.
    package var isTransient: Bool {
        switch code {
        case .couldNotConnect, .timedOut: true
        // libcurl's HTTP/2 framing, partial body, empty reply, send and receive errors.
        case .transport(let curlCode): [16, 18, 52, 55, 56, 92].contains(curlCode)
        case .httpStatus(let status): HTTPClient.RetryPolicy.isRetryable(status: status)
        default: false
        }
    }

    /// `.usage` for a request that can never work as written, `.incomplete` for network and server failures.
    package var exitStatus: ExitStatus {
        switch code {
        case .invalidURL, .invalidRequest: .usage
        default: .incomplete
        }
    }

    package var errorDescription: String? { description }

    /// The method, redacted URL, failure, attempts, detail and what to do.
    package var description: String {
        var text = "\(method) \(redactedURL) failed: \(summary)"
        if attempts > 1 { text += " (after \(attempts) attempts)" }
        if let detail, !detail.isEmpty { text += " [\(detail)]" }
        return text + ". " + remedy
    }

    private var summary: String {
        switch code {
        case .invalidURL: "the URL is not a valid http:// or https:// URL"
        case .invalidRequest: "a header contains a line break"
        case .couldNotResolveHost: "could not resolve the host name"
        case .couldNotConnect: "could not connect to the server"
        case .timedOut: "the request timed out"
        case .responseTooLarge: "the response was larger than the limit"
        case .tooManyRedirects: "too many redirects"
        case .tls: "the TLS connection could not be verified"
        case .httpStatus(let status): "the server answered HTTP \(status)"
        case .fileWrite: "the download could not be written"
        case .transport(let curlCode): "network error (libcurl code \(curlCode))"
        }
    }

    private var remedy: String {
        switch code {
        case .invalidURL: "Check the URL: it must start with http:// or https:// and name a host."
        case .invalidRequest: "Remove line breaks from header values (a token read from a file may end with one)."
        case .couldNotResolveHost: "Check the host name, your DNS, and https_proxy/no_proxy if you use a proxy."
        case .couldNotConnect: "Check that the server is up and reachable from here, and your proxy settings."
        case .timedOut: "Try again later, or raise the timeout if the server is known to be slow."
        case .responseTooLarge: "Raise the size limit if a response this large is expected."
        case .tooManyRedirects: "The URL probably redirects in a loop; open it in a browser or use its final URL."
        case .tls:
            "Check the system's CA certificates (add a corporate CA to the system trust store); verification cannot be turned off."
        case .httpStatus(let status): Self.remedy(forStatus: status)
        case .fileWrite: "Check that the destination directory exists, is writable and has free space."
        case .transport: "Try again; if it persists, check your network and proxy settings."
        }
    }

    private static func remedy(forStatus status: Int) -> String {
        switch status {
        case 401: "Check the token: it is missing, expired or revoked."
        case 403: "Check that the token has the scopes this request needs, or wait if a rate limit was hit."
        case 404: "Check the URL, and that the token can see the resource (private resources answer 404)."
        case 429: "The server is rate limiting; wait a while and try again."
        case 500..<600: "The server failed; try again later."
        default: "Check the request against the server's documentation."
        }
    }
}
