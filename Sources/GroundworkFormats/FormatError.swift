/// A file that does not have the shape it must have: the file, the 1-based line, the field
/// (`parameters[0].type`, empty for the whole document) and what was expected there.
///
/// Readers in `GroundworkFormats` throw it; each layer wraps it into its own error type
/// (`BrickError`, `AuditError`, `ConfigurationFileError`…), keeping the file, line and message.
package struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as shown to the user.
    package var file: String
    /// The 1-based line of the problem, when known.
    package var line: Int?
    /// The dotted path of the field that is wrong (`sources[2].github`), or empty for the document.
    package var field: String
    /// What is wrong and what was expected (`expected a whole number, found "ten"`).
    package var problem: String

    package init(file: String, line: Int?, field: String = "", _ problem: String) {
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
    }

    /// The field and the problem: `parameters[0].type: expected one of string, int`.
    package var message: String { field.isEmpty ? problem : "\(field): \(problem)" }

    /// `file:line: field: problem`.
    package var description: String {
        guard let line else { return "\(file): \(message)" }
        return "\(file):\(line): \(message)"
    }
}
