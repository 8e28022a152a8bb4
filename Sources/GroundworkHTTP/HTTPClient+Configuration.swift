import GroundworkBasics

extension HTTPClient {
    /// Limits and policies that apply to every request of a client; a request can override most of them.
    package struct Configuration: Sendable, Equatable {
        /// How long connecting (DNS, TCP, TLS) may take, per attempt.
        package var connectTimeout: Duration
        /// How long a whole attempt may take, from connecting to the last byte of the body.
        package var timeout: Duration
        /// The largest body accepted, in bytes; a larger one fails with `responseTooLarge`.
        package var maxResponseBytes: Int64
        /// How many redirects are followed (http and https only); one more fails with `tooManyRedirects`.
        package var maxRedirects: Int
        /// When and how failed attempts are retried.
        package var retry: RetryPolicy
        /// The User-Agent header sent with every request.
        package var userAgent: String

        package init(
            connectTimeout: Duration = .seconds(10),
            timeout: Duration = .seconds(60),
            maxResponseBytes: Int64 = 256 * 1024 * 1024,
            maxRedirects: Int = 5,
            retry: RetryPolicy = .default,
            userAgent: String = "groundwork/\(GroundworkVersion.current)"
        ) {
            self.connectTimeout = connectTimeout
            self.timeout = timeout
            self.maxResponseBytes = maxResponseBytes
            self.maxRedirects = maxRedirects
            self.retry = retry
            self.userAgent = userAgent
        }

        /// Defaults for talking to APIs and downloading bricks.
        package static let `default` = Configuration()
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so that a tiny positive duration never becomes "no limit" (0) for libcurl.
    var roundedUpMilliseconds: Int {
        let (seconds, attoseconds) = components
        let millis = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        let remainder = attoseconds % 1_000_000_000_000_000
        return Int(clamping: millis + (remainder > 0 ? 1 : 0))
    }
}
