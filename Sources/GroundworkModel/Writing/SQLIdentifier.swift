import Foundation

/// PostgreSQL identifiers and literals as the DDL writer spells them: quoted only when needed.
public enum SQLIdentifier {
    /// The longest identifier PostgreSQL keeps (NAMEDATALEN - 1 bytes); longer ones are truncated by the server.
    public static let maximumLength = 63

    /// `name` as it must appear in SQL: bare when it is a lower-case identifier and not a reserved word,
    /// else in double quotes (`"Order"`, `"user"`, `"order"`).
    public static func quoted(_ name: String) -> String {
        if isPlain(name) { return name }
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// True when `name` needs no quotes: `[a-z_][a-z0-9_$]*`, not a reserved key word.
    public static func isPlain(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) else { return false }
        let allowed = name.unicodeScalars.allSatisfy { $0 == "_" || $0 == "$" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        return allowed && !reservedWords.contains(name)
    }

    /// A string literal with single quotes doubled (`'it''s'`); backslashes are literal
    /// (standard_conforming_strings, on by default since PostgreSQL 9.1).
    public static func literal(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A constraint or index name from its parts, cut to what PostgreSQL keeps.
    public static func name(_ parts: [String]) -> String {
        String(parts.joined(separator: "_").prefix(maximumLength))
    }

    /// PostgreSQL's reserved key words (appendix C, "reserved" and "reserved (can be function or type)"),
    /// which cannot be used as a table or column name without quotes.
    public static let reservedWords: Set<String> = [
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary",
        "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint", "create",
        "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
        "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
        "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike",
        "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left",
        "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only",
        "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
        "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to",
        "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window",
        "with",
    ]
}
