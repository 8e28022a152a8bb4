import Foundation

/// PostgreSQL and DBML column types as model types.
enum SQLTypeMapping {
    /// The model type of `raw` (lower-cased, as written: `varchar(120)`, `numeric(10, 2)`, `timestamp with time zone`),
    /// the length a `varchar(n)` carries, and a warning when something is lost on the way.
    static func fieldType(_ raw: String, enums: [String: [String]]) -> (type: FieldType, maxLength: Int?, warning: String?) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let (base, arguments) = split(text)
        if base.hasSuffix("[]") || text.hasSuffix("[]") {
            return (.json, nil, "the array type \(raw) is carried over as json")
        }
        let unqualified = base.split(separator: ".").last.map(String.init) ?? base
        if let values = enums[unqualified] ?? enums[base] { return (.enumeration(values), nil, nil) }
        switch base {
        case "varchar", "character varying", "nvarchar", "string":
            return (.string, arguments.first, nil)
        case "char", "character", "bpchar", "nchar":
            return (.string, arguments.first ?? 1, "\(raw) is fixed-length; it is carried over as a string of at most \(arguments.first ?? 1) characters")
        case "text", "citext", "tinytext", "mediumtext", "longtext":
            return (.text, nil, base == "citext" ? "citext compares without case; it is carried over as text, which does not" : nil)
        case "int", "integer", "int4", "serial", "serial4":
            return (.int, nil, nil)
        case "smallint", "int2", "smallserial", "serial2", "tinyint":
            return (.int, nil, "\(raw) is carried over as int (32 bits)")
        case "bigint", "int8", "bigserial", "serial8":
            return (.bigint, nil, nil)
        case "numeric", "decimal":
            if arguments.count == 2 { return (.decimal(precision: arguments[0], scale: arguments[1]), nil, nil) }
            if arguments.count == 1 { return (.decimal(precision: arguments[0], scale: 0), nil, nil) }
            return (.decimal(precision: 12, scale: 2), nil, "\(raw) has no precision; it is carried over as decimal(12,2)")
        case "money":
            return (.decimal(precision: 19, scale: 2), nil, "money is carried over as decimal(19,2)")
        case "real", "float4", "float", "float8", "double", "double precision":
            return (.decimal(precision: 30, scale: 10), nil, "the floating-point type \(raw) is carried over as decimal(30,10)")
        case "bool", "boolean":
            return (.bool, nil, nil)
        case "date":
            return (.date, nil, nil)
        case "timestamptz", "timestamp with time zone", "datetime", "timestamp":
            return (.datetime, nil, nil)
        case "timestamp without time zone":
            return (.datetime, nil, "\(raw) is carried over as datetime (timestamptz: an instant in UTC)")
        case "uuid":
            return (.uuid, nil, nil)
        case "json", "jsonb":
            return (.json, nil, nil)
        default:
            return (.text, nil, "unknown type \(raw); the column is carried over as text")
        }
    }

    /// `numeric(10, 2)` → (`numeric`, [10, 2]); `timestamp(3) with time zone` → (`timestamp with time zone`, [3]).
    static func split(_ text: String) -> (base: String, arguments: [Int]) {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else {
            return (collapse(text), [])
        }
        let arguments = text[text.index(after: open)..<close].split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let base = collapse(String(text[..<open]) + " " + String(text[text.index(after: close)...]))
        return (base, arguments)
    }

    /// Runs of spaces as one, trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }
}
