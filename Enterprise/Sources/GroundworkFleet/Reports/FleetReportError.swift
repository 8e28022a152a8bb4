#if Enterprise
import GroundworkBasics

/// Why a fleet report or merge could not be made.
package struct FleetReportError: UserFacingError, Sendable, Equatable {
    /// The kind of failure.
    package enum Code: String, Sendable, Equatable {
        /// The store holds no run (in the `--since` window).
        case noRuns
        /// `--run` names no stored run.
        case unknownRun
        /// `--since` is not a date.
        case badDate
    }

    package let code: Code
    package let message: String

    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// Every case is a usage error: the command was asked for something that is not there.
    package var exitStatus: ExitStatus { .usage }

    package var description: String { message }
}
#endif
