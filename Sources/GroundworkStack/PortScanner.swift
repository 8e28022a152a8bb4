import Foundation

/// Collects the ports a package's code and configuration mention, most likely first.
///
/// Strong evidence (a `listen(3000)`, `EXPOSE 8080`, `server.port`, a `PORT || 8080` default) ranks above
/// weak evidence (a bare `port = 8000`, a `--port` flag); within a rank, the most mentioned port wins.
package struct PortScanner {
    private struct Hit {
        var rank: Int
        var count: Int
        var order: Int
    }

    private var hits: [Int: Hit] = [:]
    private var seen = 0

    /// A scanner that has found nothing yet.
    package init() {}

    /// The ports found, most likely first.
    package var ports: [Int] {
        hits.sorted { lhs, rhs in
            (lhs.value.rank, -lhs.value.count, lhs.value.order) < (rhs.value.rank, -rhs.value.count, rhs.value.order)
        }.map(\.key)
    }

    /// Scans source code for servers listening on literal ports.
    package mutating func scanCode(_ text: String) {
        add(Self.codeMentions(in: text))
    }

    /// The ports source code `text` mentions as a listener, in the order `scanCode` counts them: a pure
    /// function of the text, so the audit caches it by blob id and a re-audit reads no source file for ports.
    /// Patterns run only on the lines that hold their anchor words, found byte-wise: most files never
    /// mention a port.
    package static func codeMentions(in text: String) -> [PortMention] {
        var mentions: [PortMention] = []
        for pattern in strongCodePatterns {
            for line in TextSearch.lines(of: text, containing: pattern.anchors) {
                mentions += ports(pattern.regex, in: line).map { PortMention(port: $0, rank: 0) }
            }
        }
        for line in TextSearch.portAssignmentLines(text) where !isInfrastructureLine(Substring(line)) {
            mentions += ports(weakAssignment, in: line).map { PortMention(port: $0, rank: 1) }
        }
        return mentions
    }

    /// Counts ports `codeMentions(in:)` found, in their order.
    package mutating func add(_ mentions: [PortMention]) {
        for mention in mentions { add(mention.port, rank: mention.rank) }
    }

    /// Changes whenever what `codeMentions(in:)` finds may change (its patterns, anchors and the
    /// infrastructure words), so mentions cached under other rules are dropped.
    package static var codeRulesFingerprint: String {
        let patterns = strongCodePatterns.map { $0.anchors.joined(separator: ",") + "=" + $0.regex.pattern }
        return (patterns + [weakAssignment.pattern] + infrastructureWords).joined(separator: "\u{1F}")
    }

    /// Scans a shell command line (`scripts.start`, a Procfile, a Dockerfile `CMD`) for port flags.
    package mutating func scanCommand(_ text: String) {
        record(Self.commandFlag, in: text, rank: 1)
        record(Self.bindFlag, in: text, rank: 1)
        record(Self.environmentDefault, in: text, rank: 0)
    }

    /// Scans a Dockerfile: `EXPOSE` ports, `ENV PORT`, and flags of its commands.
    package mutating func scanDockerfile(_ text: String) {
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let instruction = words.first?.uppercased() else { continue }
            switch instruction {
            case "EXPOSE":
                for word in words.dropFirst() {
                    if let port = Int(word.split(separator: "/").first ?? "") { add(port, rank: 0) }
                }
            case "ENV":
                let assignment = words.dropFirst().joined(separator: " ")
                record(Self.environmentAssignment, in: assignment.replacingOccurrences(of: "PORT ", with: "PORT="), rank: 0)
            case "CMD", "ENTRYPOINT", "RUN":
                scanCommand(String(line))
            default:
                continue
            }
        }
    }

    /// Scans a dotenv file (`.env.example`) for `PORT=…`.
    package mutating func scanEnvironmentFile(_ text: String) {
        record(Self.environmentAssignment, in: text, rank: 0)
    }

    /// Scans settings for local listen URLs (`"applicationUrl": "http://localhost:5000"`, `ASPNETCORE_URLS`).
    package mutating func scanListenURLs(_ text: String) {
        record(Self.listenURL, in: text, rank: 1)
    }

    /// Scans Spring's `application.properties` or `application.yml` for `server.port`.
    package mutating func scanSpringConfiguration(_ text: String, isYAML: Bool) {
        if !isYAML {
            record(Self.springPort, in: text, rank: 0)
            return
        }
        for document in StructuredText.yamlDocuments(text) {
            guard let value = document[key: "server"]?[key: "port"]?.string else { continue }
            if let port = Int(value) {
                add(port, rank: 0)
            } else {
                record(Self.springPlaceholder, in: value, rank: 0)
            }
        }
    }

    /// Adds a port directly (a compose mapping, a framework's default).
    package mutating func add(_ port: Int, rank: Int) {
        guard (80...65_535).contains(port) else { return }
        seen += 1
        if var hit = hits[port] {
            hit.rank = min(hit.rank, rank)
            hit.count += 1
            hits[port] = hit
        } else {
            hits[port] = Hit(rank: rank, count: 1, order: seen)
        }
    }

    /// Adds the port captured by each match of `pattern` in `text`.
    private mutating func record(_ pattern: NSRegularExpression, in text: String, rank: Int) {
        for port in Self.ports(pattern, in: text) { add(port, rank: rank) }
    }

    /// The port captured by each match of `pattern` in `text`.
    private static func ports(_ pattern: NSRegularExpression, in text: String) -> [Int] {
        pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).flatMap { Int(text[$0]) }
        }
    }

    // MARK: - Patterns

    /// Lines that configure a database, cache or mail server rather than the service's own listener.
    private static func isInfrastructureLine(_ line: Substring) -> Bool {
        let lowered = line.lowercased()
        return infrastructureWords.contains { lowered.contains($0) }
    }

    private static let infrastructureWords = [
        "db", "database", "redis", "postgres", "mysql", "mongo", "amqp", "rabbit", "smtp", "mail", "kafka",
        "elastic", "memcache", "proxy", "debug", "inspect",
    ]

    private static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
        // The patterns are constants of this file; a typo is a programming error caught by the tests.
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive, .anchorsMatchLines] : [.anchorsMatchLines])
    }

    /// Patterns of servers listening, each with the words a line must hold for it to be tried.
    private static let strongCodePatterns: [(anchors: [String], regex: NSRegularExpression)] = [
        // app.listen(3000), server.listen(8080, …)
        ([".listen("], regex(#"\.listen\(\s*(\d{2,5})\b"#)),
        // process.env.PORT || 3000, os.getenv("PORT", "8080"), int(os.environ.get("PORT") or 5000), ${PORT:-8080}
        (["PORT"], environmentDefault),
        // Addr: ":8080", r.Run(":8080"), ListenAndServe(":8080"), TcpListener::bind("0.0.0.0:3000")
        (
            ["Addr", "ListenAndServe", "Run(", "Start(", "Listen(", "listen(", "bind(", "Bind(", "serve(", "Serve("],
            regex(#"(?:Addr|ListenAndServe(?:TLS)?|Run|Start|Listen|listen|bind|Bind|serve|Serve)\s*[(:=]\s*&?(?:[\w.]+\{)?\s*["'][\w.\-]*:(\d{2,5})["']"#)
        ),
        // HttpServer::new(…).bind(("127.0.0.1", 8080))
        (["bind(("], regex(#"bind\(\s*\(\s*["'][^"']*["']\s*,\s*(\d{2,5})\s*\)"#)),
        // SocketAddr::from(([0, 0, 0, 0], 3000))
        (["SocketAddr::from"], regex(#"SocketAddr::from\(\(\s*\[[^\]]*\]\s*,\s*(\d{2,5})\s*\)\)"#)),
        // Puma: port ENV.fetch("PORT") { 3000 }
        (["ENV.fetch"], regex(#"\bport\s+ENV\.fetch\(\s*["']PORT["']\s*\)\s*\{\s*(\d{2,5})"#)),
        (["server.port"], springPort),
    ]

    private static let environmentDefault = regex(#"\bPORT\b["'\]]?\s*\)?\s*(?:\|\||\?\?|,|:-|\bor\b)\s*["']?(\d{2,5})\b"#)
    private static let environmentAssignment = regex(#"^\s*(?:export\s+)?(?:APP_|HTTP_|SERVER_|WEB_|API_)?PORT\s*=\s*["']?(\d{2,5})\b"#)
    private static let springPort = regex(#"\bserver\.port\s*[=:]\s*(?:\$\{[A-Za-z_]+:)?(\d{2,5})\b"#)
    private static let springPlaceholder = regex(#"\$\{[A-Za-z_]+:(\d{2,5})\}"#)
    private static let listenURL = regex(#"https?://(?:localhost|0\.0\.0\.0|127\.0\.0\.1|\*|\+|\[::\]):(\d{2,5})\b"#)
    private static let weakAssignment = regex(#"\bport\s*[=:]\s*["']?(\d{2,5})\b"#, caseInsensitive: true)
    private static let commandFlag = regex(#"(?:--port|--http-port|\s-p)[= ]["']?(\d{2,5})\b"#)
    private static let bindFlag = regex(#"(?:\s-b|--bind)[= ]["']?[\w.\-]*:(\d{2,5})\b"#)
}
