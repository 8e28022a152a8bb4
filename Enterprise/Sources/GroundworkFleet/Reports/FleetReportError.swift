#if Enterprise
import GroundworkBasics

/// Why a fleet report or merge could not be made.
public struct FleetReportError: UserFacingError, Sendable, Equatable {
    /// The kind of failure.
    public enum Code: String, Sendable, Equatable {
        /// The store holds no run (in the `--since` window).
        case noRuns
        /// `--run` names no stored run.
        case unknownRun
        /// `--since` is not a date.
        case badDate
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// Every case is a usage error: the command was asked for something that is not there.
    public var exitStatus: ExitStatus { .usage }

    public var description: String { message }
}
#endif
