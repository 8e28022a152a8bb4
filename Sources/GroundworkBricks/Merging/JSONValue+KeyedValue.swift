import GroundworkFormats

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
