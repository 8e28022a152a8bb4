import Foundation

extension HTTPClient {
    /// Retries 429 and 5xx responses and transient transport errors, with capped exponential backoff and jitter.
    package struct RetryPolicy: Sendable, Equatable {
        /// Attempts in all, the first included; 1 means no retry.
        package var maxAttempts: Int
        /// The wait before the first retry; each later retry waits twice as long as the one before.
        package var baseDelay: Duration
        /// The longest wait computed by backoff.
        package var maxDelay: Duration
        /// The longest wait a server's `Retry-After` can ask for.
        package var maxRetryAfter: Duration

        package init(
            maxAttempts: Int = 3,
            baseDelay: Duration = .milliseconds(500),
            maxDelay: Duration = .seconds(30),
            maxRetryAfter: Duration = .seconds(60)
        ) {
            self.maxAttempts = max(1, maxAttempts)
            self.baseDelay = baseDelay
            self.maxDelay = maxDelay
            self.maxRetryAfter = maxRetryAfter
        }

        /// Three attempts, starting at half a second.
        package static let `default` = RetryPolicy()
        /// A single attempt.
        package static let never = RetryPolicy(maxAttempts: 1)

        /// Whether a response with this status is worth another attempt: 429 and 5xx.
        package static func isRetryable(status: Int) -> Bool {
            status == 429 || (500..<600).contains(status)
        }

        /// The wait before attempt `attempt + 1`: the server's `Retry-After` when it gave one (capped),
        /// otherwise `baseDelay * 2^(attempt-1)` capped at `maxDelay`, with "equal jitter"
        /// (a random point in its upper half) so that many clients do not retry in lockstep.
        package func delay(afterAttempt attempt: Int, retryAfter: Duration? = nil) -> Duration {
            if let retryAfter {
                return min(max(retryAfter, .zero), maxRetryAfter)
            }
            let exponent = min(max(attempt - 1, 0), 30)
            let backoff = min(baseDelay * (1 << exponent), maxDelay)
            return backoff * Double.random(in: 0.5...1.0)
        }

        /// Parses a `Retry-After` value: delay-seconds or an HTTP-date (IMF-fixdate, RFC 850 or asctime).
        package static func parseRetryAfter(_ value: String, now: Date = Date()) -> Duration? {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if let seconds = Int(trimmed) {
                return seconds >= 0 ? .seconds(seconds) : nil
            }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
                formatter.dateFormat = format
                if let date = formatter.date(from: trimmed) {
                    return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
                }
            }
            return nil
        }
    }
}
