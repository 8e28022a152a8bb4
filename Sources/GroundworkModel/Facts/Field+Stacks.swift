/// The type a field's value has in PostgreSQL and in each stack's language (non-optional; templates add
/// the optional form of their language for nullable fields).
extension Field {
    /// The PostgreSQL column type (`varchar(255)`, `numeric(12,2)`, `timestamptz`…), as the DDL writer writes it.
    package var sqlType: String { PostgresDDLWriter.columnType(self) }

    /// Python (Pydantic v2 / SQLAlchemy 2) annotation: `str`, `int`, `Decimal`, `date`, `datetime`, `UUID`, `Any`.
    package var pythonType: String {
        switch type {
        case .string, .text, .enumeration: "str"
        case .int, .bigint: "int"
        case .decimal: "Decimal"
        case .bool: "bool"
        case .date: "date"
        case .datetime: "datetime"
        case .uuid: "UUID"
        case .json: "Any"
        }
    }

    /// TypeScript type of the JSON value: decimals, dates and uuids are strings; an enum is the union of its values.
    package var typeScriptType: String {
        switch type {
        case .string, .text, .decimal, .date, .datetime, .uuid: "string"
        case .int, .bigint: "number"
        case .bool: "boolean"
        case .enumeration(let values): values.map { "'\($0)'" }.joined(separator: " | ")
        case .json: "unknown"
        }
    }

    /// Go type: decimals and dates as strings (exact, `YYYY-MM-DD`), datetimes as `time.Time`, json as `json.RawMessage`.
    package var goType: String {
        switch type {
        case .string, .text, .decimal, .date, .uuid, .enumeration: "string"
        case .int: "int32"
        case .bigint: "int64"
        case .bool: "bool"
        case .datetime: "time.Time"
        case .json: "json.RawMessage"
        }
    }

    /// Swift type: decimals and dates as `String` (exact, `YYYY-MM-DD`), datetimes as `Date`, json as the
    /// template's own `JSONValue` type.
    package var swiftType: String {
        switch type {
        case .string, .text, .decimal, .date, .enumeration: "String"
        case .int: "Int32"
        case .bigint: "Int64"
        case .bool: "Bool"
        case .datetime: "Date"
        case .uuid: "UUID"
        case .json: "JSONValue"
        }
    }

    /// The default as a PostgreSQL expression (`'draft'`, `0`, `true`, `now()`, `gen_random_uuid()`), nil when none.
    package var defaultSQL: String? { PostgresDDLWriter.defaultExpression(self) }

    /// The default as JSON text (`"draft"`, `0`, `true`; a decimal as a string, `"0"`), nil when none or computed (`now`, `random`).
    package var defaultJSON: String? {
        switch defaultValue {
        case nil, .now?, .randomUUID?: nil
        case .string(let text)?: JSONNode.quoted(text)
        case .number(let text)?:
            if case .decimal = type { JSONNode.quoted(text) } else { text }
        case .bool(let value)?: value ? "true" : "false"
        }
    }
}
