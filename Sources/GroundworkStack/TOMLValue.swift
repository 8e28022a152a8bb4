/// A TOML value, as much of it as stack detection reads (Cargo.toml, pyproject.toml, Pipfile, rust-toolchain.toml).
package indirect enum TOMLValue: Sendable, Hashable {
    case string(String)
    /// Numbers, booleans and dates, as written.
    case scalar(String)
    case array([TOMLValue])
    case table([String: TOMLValue])

    /// The value at `key` of a table; nil for anything else.
    package subscript(key: String) -> TOMLValue? {
        if case .table(let entries) = self { return entries[key] }
        return nil
    }

    /// The value at a dotted path of keys: `toml[path: "tool", "poetry", "name"]`.
    package subscript(path keys: String...) -> TOMLValue? {
        var current: TOMLValue? = self
        for key in keys { current = current?[key] }
        return current
    }

    /// The text of a string (or scalar) value.
    package var string: String? {
        switch self {
        case .string(let text), .scalar(let text): text
        default: nil
        }
    }

    /// The strings of an array, skipping anything else in it.
    package var strings: [String] {
        guard case .array(let items) = self else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    /// The entries of a table.
    package var table: [String: TOMLValue]? {
        if case .table(let entries) = self { return entries }
        return nil
    }

    /// The items of an array (an array of tables too).
    package var array: [TOMLValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The keys of a table, empty for anything else.
    package var keys: [String] { table.map { Array($0.keys) } ?? [] }
}
