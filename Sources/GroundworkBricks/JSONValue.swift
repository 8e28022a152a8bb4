/// A JSON document that keeps the order of keys and the spelling of numbers, so a merged
/// package.json reads like the one the user wrote.
indirect enum JSONValue: Equatable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The number as written.
    case number(String)
    case bool(Bool)
    case null

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
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

extension JSONValue: KeyedValue {
    var entries: [(key: String, value: JSONValue)]? {
        if case .object(let entries) = self { return entries }
        return nil
    }

    var items: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    func withEntries(_ entries: [(key: String, value: JSONValue)]) -> JSONValue { .object(entries) }
    func withItems(_ items: [JSONValue]) -> JSONValue { .array(items) }
}

extension JSONValue {
    /// Pretty-printed JSON with `indent` per level, one key or item per line, and a final newline.
    func serialized(indent: String = "  ") -> String {
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
                output += inner + Self.quoted(entry.key) + ": "
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
        case .string(let text): output += Self.quoted(text)
        case .number(let text): output += text
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let control where control.value < 0x20:
                result += "\\u" + String(repeating: "0", count: 4 - String(control.value, radix: 16).count) + String(control.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The indentation the text uses (the leading whitespace of its first indented line), else two spaces.
    static func detectIndent(_ text: String) -> String {
        for line in text.split(separator: "\n") {
            let leading = line.prefix { $0 == " " || $0 == "\t" }
            if !leading.isEmpty, leading.count < line.count { return String(leading) }
        }
        return "  "
    }
}
