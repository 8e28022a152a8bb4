/// A name split into words, and written in the cases generated code needs (`OrderLine`, `order_line`…).
package struct NameCase: Sendable, Hashable {
    /// The words, lower-cased (`customer_id` → `customer`, `id`; `HTTPServer` → `http`, `server`), split as ModelNaming.snakeCase splits.
    package let words: [String]

    package init(_ name: String) {
        // One word split for the whole product: the model's own snake_case (ModelNaming).
        words = ModelNaming.snakeCase(name).lowercased().split(whereSeparator: { $0 == "_" || $0 == "." }).map(String.init)
    }

    /// `OrderLine`
    package var pascal: String { words.map(NameCase.capitalised).joined() }
    /// `orderLine`
    package var camel: String {
        guard let first = words.first else { return "" }
        return first + words.dropFirst().map(NameCase.capitalised).joined()
    }
    /// `order_line`
    package var snake: String { words.joined(separator: "_") }
    /// `order-line`
    package var kebab: String { words.joined(separator: "-") }
    /// `ORDER_LINE`
    package var upperSnake: String { snake.uppercased() }

    /// Go's exported name: Pascal case with Go's initialisms upper-cased (`customer_id` → `CustomerID`).
    package var goName: String {
        words.map { NameCase.goInitialisms.contains($0) ? $0.uppercased() : NameCase.capitalised($0) }.joined()
    }

    /// The English plural of the last word (`order_line` → `order_lines`, `entry` → `entries`), as tables are named.
    package var plural: NameCase { NameCase(ModelNaming.plural(snake)) }

    /// Initialisms Go writes in capitals (the list of golint / staticcheck).
    static let goInitialisms: Set<String> = [
        "acl", "api", "ascii", "cpu", "css", "dns", "eof", "guid", "html", "http", "https", "id", "ip", "json", "lhs",
        "qps", "ram", "rhs", "rpc", "sla", "smtp", "sql", "ssh", "tcp", "tls", "ttl", "udp", "ui", "uid", "uuid", "uri",
        "url", "utf8", "vm", "xml", "xmpp", "xsrf", "xss",
    ]

    private static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
