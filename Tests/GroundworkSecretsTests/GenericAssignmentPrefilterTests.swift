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

    /// The lines of `Benchmarks/generate-history.py --dense`: authentication code that names secrets on every line.
    static let denseLines = [
        "const token = req.headers.authorization?.split(' ')[1] ?? session.token",
        "if (!session || session.expiresAt < Date.now()) return res.status(401).json({ error: 'session expired' })",
        "const refreshToken = await tokens.issueRefreshToken(user.id, { sessionId: session.id })",
        "export const passwordHash = await hashPassword(body.password, config.auth.saltRounds)",
        "const secret = process.env.JWT_SECRET",
        "authToken = signToken({ sub: user.id, session: session.id }, secret)",
        "res.cookie('session', session.id, { httpOnly: true, secure: config.auth.secureCookies })",
        "const apiKey = request.get('x-api-key') || query.api_key",
        "tokenStore.revoke(session.token, { reason: 'logout', auth: currentAuth })",
        "password: user.password === undefined ? null : '[redacted]',",
    ]

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
        for line in Self.denseLines {
            #expect(!GenericAssignment.mightReport(line + " // 836271945"), "\(line)")
        }
    }

    /// Random lines assembled from the pieces the pattern and `refine` look at (names, every operator, quotes,
    /// environment defaults, calls, URLs, values near the length and entropy limits), to reach corners the
    /// written examples miss: on every line the test turns down, the generic rule alone must find nothing.
    @Test("on random lines, a line turned down holds nothing the generic rule reports")
    func randomLines() {
        let pieces = [
            "password", "Pass", "pwd", "secret", "token", "Token", "api_key", "apiKey", "access.key", "private-key", "auth",
            "creds", "credentials", "_KEY", "_1", "2", "DB_", "const ", "var ", "$", "@", "<password>", "</password>",
            "=", " = ", ":", ": ", "=>", " := ", "::=", "?=", ".=", "||=", "??=", " || ", " ?? ", ",", ", ", "\"", "'",
            "`", "]", "[", "(", ")", "{", "}", ";", " ", "\t", "value=", "key=\"ApiKey\" ", "define('DB_PASSWORD', ",
            "os.getenv(\"API_TOKEN\", ", "process.env.API_TOKEN", "string ", ": str ", "https://", "postgres://app:",
            "@db:5432/app", "?token=", "&", "Zq8wN3vB", "x7Lk2Pm", "R4HtXOf5", "4fZBKA", "12345678", "abcdefgh",
            "aB3dE5gH", "+/=", "!", "#", "%", "~", "?", "*", "-", ".", "/", "session.token", "é", "\u{00A0}", "é9Xq",
        ]
        var generator = SplitMix64(seed: 2026)
        let generic = SecretScanner(rules: [SecretRule.genericAssignmentByPattern])
        var turnedDown = 0
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 2...14, using: &generator))
                .map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            guard !GenericAssignment.mightReport(line) else { continue }
            turnedDown += 1
            let found = generic.scan(lines: [(1, line)])
            #expect(found.isEmpty, "turned down, yet reported: \(line) \(found)")
        }
        #expect(turnedDown > 1_000)
    }
}
