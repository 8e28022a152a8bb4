/// The facts as a Mustache context: objects as dictionaries, lists as arrays, and empty text left out, so
/// `{{#entity.owner_field}}…{{/entity.owner_field}}` is skipped when there is none (docs/bricks.md).
extension JSONNode {
    /// The value swift-mustache renders (nil for `null` and empty text).
    package var mustacheValue: Any? {
        switch self {
        case .null: nil
        case .bool(let value): value
        case .number(let text): Int(text) ?? Double(text) ?? text
        case .string(let text): text.isEmpty ? nil : text
        case .array(let items): items.compactMap(\.mustacheValue)
        case .object(let members): members.compactMapValues(\.mustacheValue)
        }
    }
}
