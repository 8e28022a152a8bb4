import Yams

/// A YAML mapping whose keys were checked against the keys allowed: an unknown key is an error that
/// suggests the closest allowed ones ("did you mean …"), a repeated key is an error, and the entries keep
/// their order and lines.
package struct StrictYAMLMapping {
    /// One key and its value, in document order.
    package struct Entry {
        package let key: String
        /// The key as composed (its style, tag and position).
        package let keyNode: Node
        /// The line of the key.
        package let line: Int
        package let value: StrictYAMLValue
    }

    /// The mapping itself, as a value (its file, field and line).
    package let value: StrictYAMLValue
    /// The entries, in document order.
    package let entries: [Entry]

    /// Reads `value` as a mapping whose keys must all be in `allowed`.
    package init(_ value: StrictYAMLValue, allowed: [String]) throws(FormatError) {
        self.value = value
        guard let mapping = value.node.mapping else {
            throw value.error("expected a mapping with keys \(allowed.joined(separator: ", ")), found \(value.shape)")
        }
        var entries: [Entry] = []
        for (keyNode, node) in mapping {
            let keyValue = StrictYAMLValue(keyNode, file: value.file, field: value.field)
            guard let key = keyNode.scalar?.string, !keyValue.isNull else {
                throw keyValue.error("expected a plain key, found \(keyValue.shape)")
            }
            let entry = Entry(key: key, keyNode: keyNode, line: keyNode.mark?.line ?? value.line, value: value.child(node, key))
            guard allowed.contains(key) else {
                throw entry.value.error("unknown key\(CloseMatches.hint(key, in: allowed)); expected one of \(allowed.joined(separator: ", "))")
                    .at(line: entry.line)
            }
            guard !entries.contains(where: { $0.key == key }) else {
                throw entry.value.error("appears twice").at(line: entry.line)
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The file as shown in messages.
    package var file: String { value.file }
    /// Where the mapping sits (`sources[2]`); empty for the document.
    package var field: String { value.field }
    /// The line the mapping starts on.
    package var line: Int { value.line }
    /// The keys present, in order.
    package var keys: [String] { entries.map(\.key) }

    /// Whether `key` is present.
    package func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// The value of `key`, or nil when absent.
    package subscript(_ key: String) -> StrictYAMLValue? { entries.first { $0.key == key }?.value }

    /// The line of `key`, or of the mapping when absent.
    package func line(of key: String) -> Int { entries.first { $0.key == key }?.line ?? line }

    /// A `FormatError` at `key` (its line when present, the mapping's otherwise).
    package func error(_ key: String, _ problem: String) -> FormatError {
        FormatError(file: file, line: line(of: key), field: field.isEmpty ? key : "\(field).\(key)", problem)
    }

    /// A `FormatError` about the mapping as a whole.
    package func error(_ problem: String) -> FormatError { value.error(problem) }

    /// The value of a key that must be present; `shape` says what it should hold, for the error when it is absent.
    package func required(_ key: String, _ shape: String = "a value") throws(FormatError) -> StrictYAMLValue {
        guard let value = self[key] else { throw error("needs `\(key)`: \(shape)") }
        return value
    }

    /// A string, or nil when absent.
    package func string(_ key: String) throws(FormatError) -> String? { try self[key]?.string() }

    /// A string that must be present and not blank.
    package func requiredString(_ key: String) throws(FormatError) -> String {
        let text = try required(key, "a non-empty string").string()
        guard !text.allSatisfy(\.isWhitespace) else { throw error(key, "expected a non-empty string") }
        return text
    }

    /// A whole number, or nil when absent.
    package func int(_ key: String) throws(FormatError) -> Int? { try self[key]?.int() }

    /// A number, or nil when absent.
    package func number(_ key: String) throws(FormatError) -> Double? { try self[key]?.number() }

    /// `true` or `false`, or nil when absent.
    package func bool(_ key: String) throws(FormatError) -> Bool? { try self[key]?.bool() }

    /// A list of strings, or nil when absent.
    package func strings(_ key: String, singleAllowed: Bool = false) throws(FormatError) -> [String]? {
        try self[key]?.strings(singleAllowed: singleAllowed)
    }

    /// The items of a list, or nil when absent (null: no items).
    package func sequence(_ key: String) throws(FormatError) -> [StrictYAMLValue]? { try self[key]?.sequence() }

    /// A nested mapping with keys `allowed`, or nil when absent.
    package func mapping(_ key: String, allowed: [String]) throws(FormatError) -> StrictYAMLMapping? {
        try self[key]?.mapping(allowed: allowed)
    }
}

extension FormatError {
    /// The same error at another line (a key's rather than its value's).
    package func at(line: Int) -> FormatError {
        var copy = self
        copy.line = line
        return copy
    }
}
