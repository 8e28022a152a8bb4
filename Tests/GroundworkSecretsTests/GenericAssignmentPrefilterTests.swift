import Foundation
import Testing

@testable import GroundworkSecrets

/// `GenericAssignment.mightReport` lets the scanner skip the generic rule's expression on lines where it can report
/// nothing. It may only change speed: these tests run the scanner with it and without it (the expression on every
/// line with a keyword, as before) and require the very same findings — rule, line, column and value.
struct GenericAssignmentPrefilterTests {
    static let filtered = SecretScanner()
    static let unfiltered = SecretScanner(
        rules: SecretRule.builtIn.map { rule in
            var rule = rule
            rule.lineCondition = nil
            return rule
        })

    /// The lines of `Benchmarks/generate-history.py --dense` (its `dense_lines`, read from the script so the two
    /// cannot drift apart): authentication code that names secrets on every line.
    static let denseLines: [String] = {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Benchmarks/generate-history.py")
        guard let source = try? String(contentsOf: script, encoding: .utf8),
            let start = source.range(of: "dense_lines = [\n"), let end = source[start.upperBound...].range(of: "\n]")
        else { return [] }
        return source[start.upperBound..<end.lowerBound].split(separator: "\n").map { line in
            // `    "…",`: a Python string of the list, without its quotes and comma.
            String(line.trimmingCharacters(in: .whitespaces).dropFirst().dropLast(2))
        }
    }()

    static func expectSameFindings(_ text: String, _ comment: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation) {
        let with = filtered.scan(text: text)
        let without = unfiltered.scan(text: text)
        #expect(with == without, "\(comment()) with the test: \(with), without: \(without)", sourceLocation: sourceLocation)
    }

    @Test("the examples of every rule give the same findings")
    func examples() {
        for rule in SecretRule.builtIn {
            for example in rule.truePositives + rule.falsePositives {
                Self.expectSameFindings(example, "\(rule.id): \(example)")
            }
        }
    }

    @Test("the decoy and true-positive corpora give the same findings")
    func corpora() {
        for file in DecoyCorpus.files {
            Self.expectSameFindings(file.text, file.path)
        }
        for item in TruePositiveCorpus.cases {
            Self.expectSameFindings(item.file.text, "\(item.ruleID) in \(item.file.path)")
        }
    }

    @Test("dense generated code with planted secrets gives the same findings, and they are found")
    func denseCode() {
        var generator = SeededGenerator(seed: "dense")
        let planted = [
            "const apiKey = '" + "VAUwV1ZH" + "87MtA5';",
            "  password: \"" + "R4HtXOf5" + "4fZBKA\",",
            "const key = 'AKIA" + "QY7RZ3WXKB2M4NTL'",
            "DATABASE_PASSWORD: postgres://app:" + "R4HtXOf5" + "4fZBKA@db:5432/app",
            "const token = process.env.API_TOKEN || '" + "Xc5vB8nM" + "2qW6eR9';",
        ]
        var lines: [String] = []
        for index in 0..<1_200 {
            let line = Self.denseLines[Int(generator.next() % UInt64(Self.denseLines.count))]
            lines.append(line + " // \(generator.next() % 1_000_000_000)")
            if index % 240 == 17 { lines.append(planted[index / 240]) }
        }
        let text = lines.joined(separator: "\n") + "\n"
        Self.expectSameFindings(text)
        let found = Self.filtered.scan(text: text)
        #expect(Set(found.map(\.ruleID)) == ["generic-assignment", "aws-access-key-id"], "\(found)")
        #expect(found.count == planted.count, "\(found)")
    }

    /// The lines the test exists for: it must turn every one of them down, or the speed-up is gone.
    @Test("the dense benchmark's lines are turned down")
    func denseLinesAreTurnedDown() {
        #expect(Self.denseLines.count == 10, "\(Self.denseLines)")
        for line in Self.denseLines {
            #expect(!GenericAssignment.mightReport(line + " // 836271945"), "\(line)")
        }
    }

    /// Random lines built like assignments (noise, a name, closing quotes, a type, an operator, an environment
    /// default, a value, more noise), each part drawn from what the pattern and `refine` look at and from near
    /// misses, values near the length and entropy limits: on every line the test turns down, the generic rule
    /// alone must find nothing. This reaches the corners the written examples miss.
    @Test("on random lines, a line turned down holds nothing the generic rule reports")
    func randomLines() {
        var generator = SplitMix64(seed: 2026)
        func pick(_ options: [String]) -> String { options.randomElement(using: &generator) ?? "" }
        func maybe(_ options: [String]) -> String { Bool.random(using: &generator) ? pick(options) : "" }
        func value() -> String {
            let alphabet = pick([
                "abcdefghijklmnopqrstuvwxyz", "0123456789", "abcdef0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh0123456789",
                "ab", "abcdefgh", "Zq8wN3vB+/=!@#%^*~?", "aB3 dE5\t", "é9Xq\u{00A0}z", ".-_:/@",
            ])
            let characters = Array(alphabet)
            var text = String((0..<Int.random(in: 1...16, using: &generator)).map { _ in characters.randomElement(using: &generator)! })
            if Int.random(in: 0..<8, using: &generator) == 0 { text = pick(["postgres://app:", "https://", "redis://:"]) + text + maybe(["@db:5432/app", "@", "/x"]) }
            if Int.random(in: 0..<8, using: &generator) == 0 { text += pick(["token", "Password", "auth", "secret", "api_key"]) }
            return text
        }
        let noise = [
            "const ", "var ", "$", "@", "export ", "  ", "\t", "x.", "?", "&", "?token=", "(", "[", "{ ", "// ", "# ",
            "session.token ", "<add key=\"ApiKey\" ", "<property name=\"db.password\" ", "define('DB_PASSWORD', ",
            "os.getenv(\"API_TOKEN\", ", "login(password, ", "é ",
        ]
        let names = [
            "password", "Pass", "passwd", "pwd", "secret", "token", "Token", "api_key", "apiKey", "access.key", "private-key",
            "auth", "creds", "credentials", "DB_PASSWORD", "JWT_SECRET_KEY_PROD", "API_KEY_1", "token2", "<password>",
            "value", "session", "passwordHash", "authorization",
        ]
        let operators = [
            "=", " = ", ":", ": ", "=>", " => ", " := ", "::=", ":::=", "?=", ".=", "||=", "??=", ",", ", ", "==", "===",
            " value=", " value = ", ">", " ", "", ": str = ", " string = ", ":=:",
        ]
        let closers = ["\"", "'", "`", "]", "\"]", ""]
        let defaults = ["process.env.API_TOKEN || ", "cfg.token ?? ", "x||", ""]
        let quotes = ["\"", "'", "`", "", ""]
        let tails = ["", "\"", "'", "`", "(", "[", ")", ";", ",", " // 836271945", " ", "\"}", "'];", "</password>"]
        let generic = SecretScanner(rules: [SecretRule.genericAssignmentByPattern])
        var turnedDown = 0
        var reported = 0
        for _ in 0..<30_000 {
            var line = maybe(noise)
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                let quote = pick(quotes)
                line += maybe(noise) + pick(names) + maybe(closers) + pick(operators) + maybe(defaults)
                line += quote + value() + (Bool.random(using: &generator) ? quote : "") + pick(tails)
            }
            let found = generic.scan(lines: [(1, line)])
            if !found.isEmpty { reported += 1 }
            guard !GenericAssignment.mightReport(line) else { continue }
            turnedDown += 1
            #expect(found.isEmpty, "turned down, yet reported: \(line) \(found)")
        }
        // Both sides must be well represented, or the lines would test nothing.
        #expect(turnedDown > 5_000 && reported > 1_000, "\(turnedDown) turned down, \(reported) reported")
    }

    /// The allow test reads ASCII lines byte by byte: it must agree with lowercasing the line and searching it,
    /// including for a non-ASCII letter that lowercases to an ASCII one (the Kelvin sign to `k`).
    @Test("the allow test agrees with a search of the lowercased line")
    func allowMarkers() {
        let lines = [
            "token = x  # groundwork:allow", "token = x  # GroundWork:Allow", "token = x  // gitleaks:allow",
            "password: x # pragma: allowlist secret", "password: x # PRAGMA: ALLOWLIST SECRET", "token = x # gitleaks allow",
            "token = x # gitlea\u{212A}s:allow", "token = x # groundwork:allow é", "token = x", "", "groundwork:allo",
            "allow", "groundwork:allow", "xgroundwork:ALLOWx", "token = x # allow", "token = x # AlLoW", "token = x # gitleaks:allo",
            "token = x # pragma: allowlist", "token = x # pragma: allowlist secre", "pragma: allowlist secret",
        ]
        // Eight bytes are read at a time: markers, `allow` alone and non-ASCII bytes at every offset of a word.
        let shifted = (0..<17).flatMap { offset in
            let padding = String(repeating: "a", count: offset)
            return [
                padding + "# groundwork:allow", padding + "# GROUNDWORK:ALLOW x", padding + "# allow", padding + "é # gitleaks:allow",
                padding + "# gitleaks:allow é", padding + "# groundwork:al", "token " + padding + "Allo",
            ]
        }
        for line in lines + shifted {
            let lower = line.lowercased()
            let expected = SecretScanner.allowMarkers.contains { lower.contains($0) }
            #expect(SecretScanner.isAllowed(line) == expected, "\(line)")
        }
    }
}
