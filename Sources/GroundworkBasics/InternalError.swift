/// A bug in groundwork, not a mistake of the user: the CLI maps it to exit code 70 and asks for a report.
public struct InternalError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, for the bug report.
    public let message: String
    /// Where it was raised.
    public let file: String
    public let line: Int

    public init(_ message: String, file: String = #fileID, line: Int = #line) {
        self.message = message
        self.file = file
        self.line = line
    }

    public var description: String {
        "internal error: \(message) (\(file):\(line)); please report this at https://github.com/groundwork-dev/groundwork/issues"
    }
}
