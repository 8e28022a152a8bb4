#if Enterprise
import GroundworkBasics
import GroundworkFormats

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

    /// The same problem as a bad fleet or policy file (a file that cannot be read counts as line 1).
    package init(_ error: FormatError) {
        self.init(file: error.file, line: error.line ?? 1, error.message)
    }

    /// Runs `body`, turning the `FormatError` it throws into a `ConfigurationFileError`.
    package static func wrapping<Value>(_ body: () throws(FormatError) -> Value) throws(ConfigurationFileError) -> Value {
        do {
            return try body()
        } catch {
            throw ConfigurationFileError(error)
        }
    }

    /// `file:line: message`.
    public var description: String { "\(file):\(line): \(message)" }

    public var exitStatus: ExitStatus { .usage }

    /// `configuration.invalid`, the message, the file and the line.
    public var details: ErrorDetails { ErrorDetails(code: "configuration.invalid", message: message, file: file, line: line) }
}
#endif
