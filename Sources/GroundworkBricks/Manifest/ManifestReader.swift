import GroundworkFormats
import Yams

/// Reads brick.yaml and the lock file through the shared strict YAML reader (`StrictYAMLReader` in
/// GroundworkFormats), turning its `FormatError`s into `BrickError`s that name the file, the line, the
/// field (`parameters[0].type`) and the expected shape.
struct ManifestReader {
    /// The file's path as shown in messages.
    let file: String

    /// A `BrickError` at the node's line.
    func error(_ node: Node?, _ field: String, _ message: String) -> BrickError {
        BrickError(.manifest, field.isEmpty ? message : "\(field): \(message)", file: file, line: node?.mark?.line)
    }

    /// The node as a strictly read value at `field`.
    func value(_ node: Node, _ field: String) -> StrictYAMLValue {
        StrictYAMLValue(node, file: file, field: field)
    }

    /// The pairs of a mapping, refusing keys outside `allowed` and repeated keys.
    func mapping(_ node: Node, _ field: String, allowed: [String]) throws(BrickError) -> [(key: String, keyNode: Node, value: Node)] {
        try Self.brickError { () throws(FormatError) in
            try value(node, field).mapping(allowed: allowed).entries.map { ($0.key, $0.keyNode, $0.value.node) }
        }
    }

    /// A scalar's text (any scalar but null).
    func string(_ node: Node, _ field: String) throws(BrickError) -> String {
        try Self.brickError { () throws(FormatError) in try value(node, field).string() }
    }

    /// A whole number.
    func int(_ node: Node, _ field: String) throws(BrickError) -> Int {
        try Self.brickError { () throws(FormatError) in try value(node, field).int() }
    }

    /// A number, whole or not.
    func number(_ node: Node, _ field: String) throws(BrickError) -> Double {
        try Self.brickError { () throws(FormatError) in try value(node, field).number() }
    }

    /// true or false.
    func bool(_ node: Node, _ field: String) throws(BrickError) -> Bool {
        try Self.brickError { () throws(FormatError) in try value(node, field).bool() }
    }

    /// A list of strings; null stands for the empty list and a single string for a list of one.
    func stringList(_ node: Node, _ field: String) throws(BrickError) -> [String] {
        try Self.brickError { () throws(FormatError) in try value(node, field).strings(singleAllowed: true) }
    }

    /// The items of a sequence (null: none).
    func sequence(_ node: Node, _ field: String) throws(BrickError) -> [Node] {
        try Self.brickError { () throws(FormatError) in try value(node, field).sequence().map(\.node) }
    }

    /// Whether the node is YAML's null.
    func isNull(_ node: Node) -> Bool { value(node, "").isNull }

    /// How a node looks, for messages: `"integer"`, `a list`, `a mapping`, `nothing`.
    func describe(_ node: Node) -> String { value(node, "").shape }

    /// Composes the YAML text through the strict reader (size, nesting and alias limits), turning a
    /// problem into a `BrickError` at its line.
    static func compose(_ text: String, file: String, code: BrickError.Code = .manifest) throws(BrickError) -> Node? {
        try brickError(code) { () throws(FormatError) in try StrictYAMLReader(file: file).read(text)?.node }
    }

    /// Runs `body`, turning its `FormatError` into a `BrickError` of `code`.
    static func brickError<Value>(_ code: BrickError.Code = .manifest, _ body: () throws(FormatError) -> Value) throws(BrickError) -> Value {
        do {
            return try body()
        } catch {
            throw BrickError(code, error.message, file: error.file, line: error.line)
        }
    }
}
