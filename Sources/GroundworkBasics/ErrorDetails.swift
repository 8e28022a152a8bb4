/// The one shape of an error shown to the person running groundwork, whatever layer raised it: a code,
/// a message, where (file and line), what to do (remedy) and what lay underneath (cause). The CLI prints
/// every error through `description`, so they all read alike.
package struct ErrorDetails: CustomStringConvertible {
    /// Stable, lowercase and dotted: the layer and the kind (`brick.manifest`, `audit.unreadable`).
    package var code: String
    /// What went wrong.
    package var message: String
    /// The file the problem is in, when there is one.
    package var file: String?
    /// Its 1-based line, when known.
    package var line: Int?
    /// What to do about it, when the message does not already say.
    package var remedy: String?
    /// The underlying error (I/O, database, libgit2), when there is one.
    package var cause: (any Error)?

    package init(code: String, message: String, file: String? = nil, line: Int? = nil, remedy: String? = nil, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.remedy = remedy
        self.cause = cause
    }

    /// `file:line: message; remedy (cause: …)`, leaving out the parts that are absent.
    package var description: String {
        var text = ""
        if let file {
            text = file + (line.map { ":\($0)" } ?? "") + ": "
        }
        text += message
        if let remedy { text += "; \(remedy)" }
        if let cause { text += " (cause: \(Self.describe(cause)))" }
        return text
    }

    /// A cause as a person reads it: its own details for groundwork errors, the operating system's text otherwise.
    private static func describe(_ error: any Error) -> String {
        if let error = error as? any UserFacingError { return error.details.description }
        return String(describing: error)
    }
}
