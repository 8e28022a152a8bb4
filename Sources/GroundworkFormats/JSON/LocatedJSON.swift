/// A parsed JSON value with the line it starts on, and object members with the line of their key: what a
/// reader needs to say `file:line: expected …` about the shape of a document, not only about its syntax.
///
/// Members keep file order and numbers keep their spelling, so a value can be written back as it was read
/// (merged package.json files) or brought into a canonical form from exactly what the file held (the
/// licence signature). `plain` drops the lines for code that only needs the value.
package struct LocatedJSON: Sendable, Equatable {
    /// The value itself.
    package enum Value: Sendable, Equatable {
        /// Members in file order.
        case object([Member])
        case array([LocatedJSON])
        case string(String)
        /// The number's literal text as it appears in the file.
        case number(String)
        case bool(Bool)
        case null
    }

    /// One `"key": value` of an object.
    package struct Member: Sendable, Equatable {
        package var key: String
        /// The 1-based line the key is on (0 for a value made in code).
        package var line: Int
        package var value: LocatedJSON

        package init(key: String, line: Int = 0, value: LocatedJSON) {
            self.key = key
            self.line = line
            self.value = value
        }
    }

    package var value: Value
    /// The 1-based line the value starts on (0 for a value made in code).
    package var line: Int

    package init(_ value: Value, line: Int = 0) {
        self.value = value
        self.line = line
    }

    /// The member named `key`, when this is an object that has one (the first, if the parser kept duplicates).
    package subscript(key: String) -> Member? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }
    }

    /// A short description of the value, for "expected …, found …" messages: "an object", "the string \"x\"".
    package var kindDescription: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string(let text): "the string \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .number(let literal): "the number \(literal)"
        case .bool(let flag): "\(flag)"
        case .null: "null"
        }
    }

    /// The value without lines.
    package var plain: JSONValue {
        switch value {
        case .object(let members): .object(members.map { (key: $0.key, value: $0.value.plain) })
        case .array(let elements): .array(elements.map(\.plain))
        case .string(let text): .string(text)
        case .number(let literal): .number(literal)
        case .bool(let flag): .bool(flag)
        case .null: .null
        }
    }
}
