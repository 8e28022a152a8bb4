/// Go names, literals and the column alignment gofmt gives struct fields and const blocks.
package enum GoSyntax {
    /// Initialisms Go keeps upper-case (golint's list).
    static let initialisms: Set<String> = [
        "ACL", "API", "ASCII", "CPU", "CSS", "DNS", "EOF", "GUID", "HTML", "HTTP", "HTTPS", "ID", "IP", "JSON", "LHS", "QPS",
        "RAM", "RHS", "RPC", "SLA", "SMTP", "SQL", "SSH", "TCP", "TLS", "TTL", "UDP", "UI", "UID", "UUID", "URI", "URL", "UTF8",
        "VM", "XML", "XMPP", "XSRF", "XSS",
    ]

    static let keywords: Set<String> = [
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go", "goto",
        "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var",
        "ctx", "params", "body", "c", "err", "resp", "data", "req", "string", "int", "error", "any",
    ]

    /// An exported name: `customer_id` → `CustomerID`.
    package static func exported(_ name: String) -> String {
        let words = IdentifierWords.split(name)
        guard !words.isEmpty else { return "Value" }
        let joined = words.map { word in
            initialisms.contains(word.uppercased()) ? word.uppercased() : word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined()
        return joined.first!.isNumber ? "V" + joined : joined
    }

    /// An unexported name (arguments): `customer_id` → `customerID`, never a keyword.
    static func unexported(_ name: String) -> String {
        let words = IdentifierWords.split(name)
        guard let first = words.first else { return "value" }
        var joined =
            first.lowercased()
            + words.dropFirst().map { word in
                initialisms.contains(word.uppercased()) ? word.uppercased() : word.prefix(1).uppercased() + word.dropFirst().lowercased()
            }.joined()
        if joined.first!.isNumber { joined = "v" + joined }
        return keywords.contains(joined) ? joined + "Value" : joined
    }

    /// A Go interpreted string literal.
    static func literal(_ text: String) -> String {
        LiteralEscaping.quoted(text, quote: "\"", control: LiteralEscaping.hexEscape)
    }

    /// Rows of cells aligned as gofmt aligns them: each column but the last padded to its widest cell plus one space.
    static func aligned(_ rows: [[String]], indent: String = "\t") -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() where index < row.count - 1 {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return rows.map { row in
            indent
                + row.enumerated().map { index, cell in
                    index < row.count - 1 ? cell.padding(toLength: widths[index] + 1, withPad: " ", startingAt: 0) : cell
                }.joined()
        }.joined(separator: "\n") + "\n"
    }

    /// Text safe in a `//` comment line.
    static func comment(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }
}
