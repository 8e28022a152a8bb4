#if Enterprise
import GroundworkBasics

/// Why a capacity sheet could not be made: bad options or files, a missing tool, a service that did not start.
package struct ScaleError: UserFacingError, Sendable, Equatable {
    /// The kind of failure, which decides the exit code.
    package enum Code: String, Sendable, Equatable {
        /// An option or option combination that cannot work (`--p95-target 0`, no service).
        case usage
        /// A load-profile CSV that does not parse; the message names file:line.
        case badProfile
        /// A tool the measurement needs (wrk) is not installed.
        case missingTool
        /// The service did not start, exited, or did not answer its URL.
        case serviceFailed
        /// The load generator failed or printed what it cannot read.
        case loadFailed
        /// The database given with `--database-url` could not be queried.
        case databaseFailed
    }

    package let code: Code
    package let message: String
    package let file: String?
    package let line: Int?
    package let remedy: String?

    package init(_ code: Code, _ message: String, file: String? = nil, line: Int? = nil, remedy: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.remedy = remedy
    }

    /// Bad input is a usage error; a measurement that could not be completed is an incomplete run.
    package var exitStatus: ExitStatus {
        switch code {
        case .usage, .badProfile, .missingTool: .usage
        case .serviceFailed, .loadFailed, .databaseFailed: .incomplete
        }
    }

    package var details: ErrorDetails {
        ErrorDetails(code: "scale.\(code.rawValue)", message: message, file: file, line: line, remedy: remedy)
    }

    package var description: String { details.description }
}
#endif
