#if Enterprise
import GroundworkBasics

/// A bad `fleet.yaml` or `policy.yaml`: the file, the line and what was expected there (exit 64).
public struct ConfigurationFileError: UserFacingError, Sendable, Equatable {
    /// The file that is wrong.
    public let file: String
    /// The 1-based line of the problem.
    public let line: Int
    /// What is wrong and what was expected.
    public let message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { "\(file):\(line): \(message)" }

    public var exitStatus: ExitStatus { .usage }
}
#endif
