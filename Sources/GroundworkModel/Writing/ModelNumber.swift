/// Numbers of the model (bounds, defaults) as text, the same in every writer: `0`, `12.5`, `-3`.
enum ModelNumber {
    /// `value` without a trailing `.0` when it is whole.
    static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
