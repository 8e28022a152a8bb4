/// The types a field can have; each maps to one PostgreSQL type and one JSON representation.
package enum FieldType: Sendable, Hashable, Codable {
    case string
    case text
    case int
    case bigint
    /// A fixed-point number, sent in JSON as a string to keep every digit (`"12.50"`).
    case decimal(precision: Int, scale: Int)
    case bool
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// An instant, RFC 3339 in UTC (`2026-12-05T19:24:24Z`).
    case datetime
    case uuid
    /// One of the listed values (a PostgreSQL CHECK constraint, a JSON Schema enum).
    case enumeration([String])
    /// Any JSON value (jsonb).
    case json

    /// The name used in the model file (`decimal`, `enum`…).
    package var name: String {
        switch self {
        case .string: "string"
        case .text: "text"
        case .int: "int"
        case .bigint: "bigint"
        case .decimal: "decimal"
        case .bool: "bool"
        case .date: "date"
        case .datetime: "datetime"
        case .uuid: "uuid"
        case .enumeration: "enum"
        case .json: "json"
        }
    }

    /// Values of this type have an order (filters `lt`, `gt`… and cursor pagination apply).
    package var isOrdered: Bool {
        switch self {
        case .int, .bigint, .decimal, .date, .datetime, .string, .text, .uuid: true
        case .bool, .enumeration, .json: false
        }
    }
}
