import GroundworkBasics

/// A JSON value built in memory and written deterministically (object keys sorted), so generated
/// files — the facts, the OpenAPI contract — are byte for byte the same on every run.
package enum JSONNode: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number kept as its JSON literal text (`0`, `12.5`), so bounds print exactly as the model wrote them.
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])

    /// An integer number.
    package static func int(_ value: Int) -> JSONNode { .number(String(value)) }

    /// A number from a model bound: integral values without a fraction (`0`, not `0.0`).
    package static func double(_ value: Double) -> JSONNode { .number(ModelNumber.text(value)) }

    /// The compact JSON text (`{"a":1,"b":[true]}`), keys sorted.
    package var compact: String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// The JSON text indented by two spaces, keys sorted, with a final newline.
    package var pretty: String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        return out + "\n"
    }

    /// The value under `key` of an object, else nil.
    package subscript(key: String) -> JSONNode? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    private func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): out += JSONNode.quoted(text)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent: indent, level: level + 1)
                item.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent: indent, level: level)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent: indent, level: level + 1)
                out += JSONNode.quoted(key)
                out += indent == nil ? ":" : ": "
                members[key]!.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent: indent, level: level)
            out += "}"
        }
    }

    private func newline(_ out: inout String, indent: String?, level: Int) {
        guard let indent else { return }
        out += "\n" + String(repeating: indent, count: level)
    }

    /// `text` as a JSON string literal.
    package static func quoted(_ text: String) -> String { JSONString.quoted(text) }
}
