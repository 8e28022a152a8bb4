/// A bug in groundwork, not a mistake of the user: the CLI maps it to exit code 70 and asks for a report.
package struct InternalError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, for the bug report.
    package let message: String
    /// Where it was raised.
    package let file: String
    package let line: Int

    package init(_ message: String, file: String = #fileID, line: Int = #line) {
        self.message = message
        self.file = file
        self.line = line
    }

    package var description: String {
        "internal error: \(message) (\(file):\(line)); please report this at https://github.com/groundwork-dev/groundwork/issues"
    }
}
