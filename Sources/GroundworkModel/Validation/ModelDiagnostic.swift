/// One problem or warning about a model, at a place in its source: `shop.dbml:12:5: …`.
package struct ModelDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file as shown to the user.
    package var file: String
    /// The 1-based line, when known.
    package var line: Int?
    /// The 1-based column, when known (DBML and DDL readers give it for syntax errors).
    package var column: Int?
    /// What is wrong or lost, and what was expected.
    package var message: String

    package init(file: String, line: Int?, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, leaving out what is unknown.
    package var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if line != nil, let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
