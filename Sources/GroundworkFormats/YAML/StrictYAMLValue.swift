import Yams

/// One value of a strictly read YAML document, with the file and the field path (`files[2].mode`)
/// that every error names. The typed accessors refuse anything but the expected shape.
package struct StrictYAMLValue {
    /// The composed node, for readers that need more than the accessors (merges, predicates).
    package let node: Node
    /// The file as shown in messages.
    package let file: String
    /// Where the value sits (`parameters[0].default`); empty for the document itself.
    package let field: String

    package init(_ node: Node, file: String, field: String) {
        self.node = node
        self.file = file
        self.field = field
    }

    /// The 1-based line the value starts on.
    package var line: Int { node.mark?.line ?? 1 }

    /// A `FormatError` at this value's line and field.
    package func error(_ problem: String) -> FormatError {
        FormatError(file: file, line: line, field: field, problem)
    }

    /// The value at `child` below this one (`field.child`, `field[3]`), for errors.
    package func child(_ node: Node, _ name: String) -> StrictYAMLValue {
        let path = name.hasPrefix("[") || field.isEmpty ? field + name : "\(field).\(name)"
        return StrictYAMLValue(node, file: file, field: path)
    }

    /// Whether the value is YAML's null: `~`, `null` or nothing, unquoted.
    package var isNull: Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.tag.rawValue == Tag.Name.null.rawValue && scalar.style == .plain
    }

    /// Whether the value is a quoted scalar (`"10"` is a string, never a number).
    package var isQuoted: Bool {
        guard let style = node.scalar?.style else { return false }
        return style == .singleQuoted || style == .doubleQuoted
    }

    /// How the value looks, for messages: `"text"`, `a list`, `a mapping`, `nothing`.
    package var shape: String {
        switch node {
        case .scalar(let scalar):
            if isNull { return "nothing" }
            let text = scalar.string.count > 60 ? String(scalar.string.prefix(57)) + "..." : scalar.string
            return "\"\(text)\""
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }

    /// A scalar's text (any scalar but null).
    package func string() throws(FormatError) -> String {
        guard let scalar = node.scalar, !isNull else { throw error("expected a string, found \(shape)") }
        return scalar.string
    }

    /// A whole number, unquoted.
    package func int() throws(FormatError) -> Int {
        guard node.scalar != nil, !isQuoted, let value = node.int else { throw error("expected a whole number, found \(shape)") }
        return value
    }

    /// A finite number, whole or not, unquoted.
    package func number() throws(FormatError) -> Double {
        guard node.scalar != nil, !isQuoted, let value = node.float ?? node.int.map(Double.init), value.isFinite else {
            throw error("expected a number, found \(shape)")
        }
        return value
    }

    /// `true` or `false`, unquoted.
    package func bool() throws(FormatError) -> Bool {
        guard node.scalar != nil, !isQuoted, let value = node.bool else { throw error("expected true or false, found \(shape)") }
        return value
    }

    /// The items of a list; null stands for the empty list.
    package func sequence() throws(FormatError) -> [StrictYAMLValue] {
        if isNull { return [] }
        guard let sequence = node.sequence else { throw error("expected a list, found \(shape)") }
        return sequence.enumerated().map { child($1, "[\($0)]") }
    }

    /// A list of strings; null stands for the empty list, and with `singleAllowed` one string for a list of one.
    package func strings(singleAllowed: Bool = false) throws(FormatError) -> [String] {
        if isNull { return [] }
        if singleAllowed, node.scalar != nil { return [try string()] }
        guard node.sequence != nil else { throw error("expected a list of strings, found \(shape)") }
        var values: [String] = []
        for item in try sequence() { values.append(try item.string()) }
        return values
    }

    /// The value as a mapping whose keys must all be in `allowed`, each at most once.
    package func mapping(allowed: [String]) throws(FormatError) -> StrictYAMLMapping {
        try StrictYAMLMapping(self, allowed: allowed)
    }
}
