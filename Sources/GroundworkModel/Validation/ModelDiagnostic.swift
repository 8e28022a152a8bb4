/// One problem or warning about a model, at a place in its source: `shop.dbml:12:5: …`.
public struct ModelDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file as shown to the user.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known (DBML and DDL readers give it for syntax errors).
    public var column: Int?
    /// What is wrong or lost, and what was expected.
    public var message: String

    public init(file: String, line: Int?, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, leaving out what is unknown.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if line != nil, let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
