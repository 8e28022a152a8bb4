import Foundation

/// PostgreSQL identifiers and literals as the DDL writer spells them: quoted only when needed.
package enum SQLIdentifier {
    /// The longest identifier PostgreSQL keeps (NAMEDATALEN - 1 bytes); longer ones are truncated by the server.
    package static let maximumLength = 63

    /// `name` as it must appear in SQL: bare when it is a lower-case identifier and not a reserved word,
    /// else in double quotes (`"Order"`, `"user"`, `"order"`).
    package static func quoted(_ name: String) -> String {
        if isPlain(name) { return name }
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// True when `name` needs no quotes: `[a-z_][a-z0-9_$]*`, not a reserved key word.
    package static func isPlain(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) else { return false }
        let allowed = name.unicodeScalars.allSatisfy { $0 == "_" || $0 == "$" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        return allowed && !reservedWords.contains(name)
    }

    /// A string literal with single quotes doubled (`'it''s'`); backslashes are literal
    /// (standard_conforming_strings, on by default since PostgreSQL 9.1).
    package static func literal(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A constraint or index name from its parts, shortened to what PostgreSQL keeps (``shortened(_:)``).
    package static func name(_ parts: [String]) -> String {
        shortened(parts.joined(separator: "_"))
    }

    /// `name` when it fits in 63 bytes; else its first bytes, `_` and eight hex digits of a hash of the whole
    /// name. PostgreSQL would cut it silently, so two long names sharing their first 63 bytes (the indexes of
    /// two long columns, two join tables of one long entity) became one and the second `CREATE` failed with
    /// "already exists". The hash is FNV-1a: stable across runs, platforms and groundwork versions, since a
    /// name once in a database must be derived the same way by every later migration.
    package static func shortened(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.count > maximumLength else { return name }
        let suffix = "_" + hexHash(bytes)
        // Never cut inside a UTF-8 sequence: while the first byte left out continues a character, leave out
        // that character's earlier bytes too.
        var end = maximumLength - suffix.utf8.count
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self) + suffix
    }

    /// True when PostgreSQL keeps `name` whole.
    package static func fits(_ name: String) -> Bool { name.utf8.count <= maximumLength }

    /// Eight lower-case hex digits of the 32-bit FNV-1a hash of `bytes`.
    static func hexHash(_ bytes: [UInt8]) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// PostgreSQL's reserved key words (appendix C, "reserved" and "reserved (can be function or type)"),
    /// which cannot be used as a table or column name without quotes.
    package static let reservedWords: Set<String> = [
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
