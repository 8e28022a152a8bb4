#if Enterprise
import GroundworkBasics

/// A fleet run or listing that cannot go on: a hosted API refused, a rate limit, a bad `--shard`…
///
/// Messages never carry a token: hosted-API errors are scrubbed of the token before they are made.
package struct FleetError: UserFacingError, Sendable, Equatable {
    /// The kind of failure, which decides the exit code.
    package enum Code: Sendable, Equatable {
        /// A source's environment variable holds no token.
        case missingToken
        /// The GitHub or GitLab API answered with an error.
        case hostedAPI
        /// The API's rate limit is exhausted for longer than groundwork waits.
        case rateLimited
        /// A source could not be read (a `scan` folder missing…).
        case source
        /// A bad command-line value (`--shard`, `--jobs`).
        case usage
    }

    package let code: Code
    /// What went wrong and what to do.
    package let message: String

    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { message }

    /// 64 for usage and configuration, 2 for a listing that could not complete.
    package var exitStatus: ExitStatus {
        switch code {
        case .missingToken, .usage, .source: .usage
        case .hostedAPI, .rateLimited: .incomplete
        }
    }
}
#endif
