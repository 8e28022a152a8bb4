import GroundworkBasics

/// A contract that cannot be read: the file, where in the document (a JSON path), and what was expected.
package struct ContractError: UserFacingError, Sendable {
    /// Unreadable contracts are bad input (64).
    package var exitStatus: ExitStatus { .usage }

    package enum Code: String, Sendable {
        /// The file cannot be read (missing, a folder, unreadable).
        case unreadable
        /// The text is not JSON or YAML.
        case syntax
        /// The document is not an OpenAPI 3.0 or 3.1 document, or breaks its rules.
        case invalid
        /// A `$ref` that points nowhere.
        case danglingReference
    }

    package let code: Code
    package let file: String
    /// Where in the document, as a JSON path (`$.paths./orders.get.responses.200`), when known.
    package let path: String?
    package let message: String

    package init(_ code: Code, file: String, path: String? = nil, _ message: String) {
        self.code = code
        self.file = file
        self.path = path
        self.message = message
    }

    package var description: String {
        "\(file)\(path.map { " at \($0)" } ?? ""): \(message)"
    }
}
