#if Enterprise
import GroundworkBasics
import GroundworkFormats

/// A bad `fleet.yaml` or `policy.yaml`: the file, the line and what was expected there (exit 64).
package struct ConfigurationFileError: UserFacingError, Sendable, Equatable {
    /// The file that is wrong.
    package let file: String
    /// The 1-based line of the problem.
    package let line: Int
    /// What is wrong and what was expected.
    package let message: String

    package init(file: String, line: Int, _ message: String) {
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
    package var description: String { "\(file):\(line): \(message)" }

    package var exitStatus: ExitStatus { .usage }

    /// `configuration.invalid`, the message, the file and the line.
    package var details: ErrorDetails { ErrorDetails(code: "configuration.invalid", message: message, file: file, line: line) }
}
#endif
