/// A JSON document that keeps the order of keys and the spelling of numbers, so a merged
/// package.json reads like the one the user wrote.
package indirect enum JSONValue: Equatable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The number as written.
    case number(String)
    case bool(Bool)
    case null

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.object(left), .object(right)):
            left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(left), .array(right)): left == right
        case let (.string(left), .string(right)): left == right
        case let (.number(left), .number(right)): left == right || Double(left) == Double(right)
        case let (.bool(left), .bool(right)): left == right
        case (.null, .null): true
        default: false
        }
    }
}

extension JSONValue {
    /// "an object", "a string"…, for "expected …, found …" messages.
    package var kind: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    /// Pretty-printed JSON with `indent` per level, one key or item per line, and a final newline.
    package func serialized(indent: String = "  ") -> String {
        var output = ""
        write(into: &output, indent: indent, level: 0)
        return output + "\n"
    }

    private func write(into output: inout String, indent: String, level: Int) {
        let inner = String(repeating: indent, count: level + 1)
        let outer = String(repeating: indent, count: level)
        switch self {
        case .object(let entries):
            if entries.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, entry) in entries.enumerated() {
                output += inner + JSONString.quoted(entry.key) + ": "
                entry.value.write(into: &output, indent: indent, level: level + 1)
                output += index == entries.count - 1 ? "\n" : ",\n"
            }
            output += outer + "}"
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                item.write(into: &output, indent: indent, level: level + 1)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += outer + "]"
        case .string(let text): output += JSONString.quoted(text)
        case .number(let text): output += text
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        }
    }

    /// The indentation the text uses (the leading whitespace of its first indented line), else two spaces.
    package static func detectIndent(_ text: String) -> String {
        for line in text.split(separator: "\n") {
            let leading = line.prefix { $0 == " " || $0 == "\t" }
            if !leading.isEmpty, leading.count < line.count { return String(leading) }
        }
        return "  "
    }
}
