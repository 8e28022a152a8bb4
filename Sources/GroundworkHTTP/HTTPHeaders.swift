/// An ordered list of HTTP header fields, looked up case-insensitively, whose sensitive values are never printed.
package struct HTTPHeaders: Sendable, Equatable, CustomStringConvertible, CustomReflectable, ExpressibleByDictionaryLiteral {
    /// One header field; printing it, even through `dump`, hides a sensitive value.
    package struct Field: Sendable, Equatable, CustomStringConvertible, CustomReflectable {
        /// The name as given; compared case-insensitively.
        package var name: String
        /// The value, sent as given.
        package var value: String
        /// Whether the value is a credential: it is redacted wherever headers are described.
        package var isSensitive: Bool

        package init(name: String, value: String, isSensitive: Bool? = nil) {
            self.name = name
            self.value = value
            self.isSensitive = isSensitive ?? HTTPHeaders.isSensitiveName(name)
        }

        /// `Name: value`, or `Name: ****` when sensitive.
        package var description: String { "\(name): \(isSensitive ? "****" : value)" }

        package var customMirror: Mirror { Mirror(self, children: ["field": description]) }
    }

    /// The fields, in the order they were added.
    package private(set) var fields: [Field]

    package init(_ fields: [Field] = []) {
        self.fields = fields
    }

    package init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    /// The first value of the field named `name` (any case), or nil.
    package subscript(name: String) -> String? {
        fields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Every value of the field named `name` (any case), in order.
    package func values(for name: String) -> [String] {
        fields.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }

    /// Whether a field named `name` (any case) is present.
    package func contains(_ name: String) -> Bool {
        self[name] != nil
    }

    /// Appends a field; `sensitive` defaults to what the name suggests (see `isSensitiveName`).
    package mutating func add(_ name: String, _ value: String, sensitive: Bool? = nil) {
        fields.append(Field(name: name, value: value, isSensitive: sensitive))
    }

    /// Replaces every field named `name` (any case) with one field.
    package mutating func set(_ name: String, _ value: String, sensitive: Bool? = nil) {
        remove(name)
        add(name, value, sensitive: sensitive)
    }

    /// Removes every field named `name` (any case).
    package mutating func remove(_ name: String) {
        fields.removeAll { $0.name.lowercased() == name.lowercased() }
    }

    /// Whether a header with this name carries a credential: Authorization, cookies, or any name with
    /// token, secret, key, password or signature in it (PRIVATE-TOKEN, X-Api-Key, X-Hub-Signature…).
    package static func isSensitiveName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        let exact: Set = ["authorization", "proxy-authorization", "cookie", "set-cookie"]
        let fragments = ["token", "secret", "key", "password", "signature", "auth"]
        return exact.contains(lowered) || fragments.contains { lowered.contains($0) }
    }

    /// The fields as `Name: value` lines, with sensitive values replaced by `****`.
    package var description: String {
        fields.map(\.description).joined(separator: "\n")
    }

    package var customMirror: Mirror { Mirror(self, children: ["fields": fields], displayStyle: .struct) }
}
