/// Any JSON value, decoded strictly (a number is never a boolean), so baseline errors can say what was found.
enum BaselineJSON: Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([BaselineJSON])
    case object([String: BaselineJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([BaselineJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: BaselineJSON].self))
        }
    }

    /// "a string", "an array"…, for error messages.
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension Double {
    /// `2` rather than `2.0` for whole numbers.
    var plainText: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
