import GroundworkBasics

/// A contract that cannot be read: the file, where in the document (a JSON path), and what was expected.
public struct ContractError: UserFacingError, Sendable {
    /// Unreadable contracts are bad input (64).
    public var exitStatus: ExitStatus { .usage }

    public enum Code: String, Sendable {
        /// The file cannot be read (missing, a folder, unreadable).
        case unreadable
        /// The text is not JSON or YAML.
        case syntax
        /// The document is not an OpenAPI 3.0 or 3.1 document, or breaks its rules.
        case invalid
        /// A `$ref` that points nowhere.
        case danglingReference
    }

    public let code: Code
    public let file: String
    /// Where in the document, as a JSON path (`$.paths./orders.get.responses.200`), when known.
    public let path: String?
    public let message: String

    public init(_ code: Code, file: String, path: String? = nil, _ message: String) {
        self.code = code
        self.file = file
        self.path = path
        self.message = message
    }

    public var description: String {
        "\(file)\(path.map { " at \($0)" } ?? ""): \(message)"
    }
}
