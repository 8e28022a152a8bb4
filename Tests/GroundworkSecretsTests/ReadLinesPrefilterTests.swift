import Foundation
import Testing

@testable import GroundworkSecrets

/// `readsSomeLine`: the history walk skips the line diff of a blob none of whose lines a rule reads. It may only
/// say "no" when no choice of the blob's lines — whichever a commit added — could hold a secret.
@Suite("the line prefilter of the history walk")
struct ReadLinesPrefilterTests {
    static let scanner = SecretScanner()

    static func reads(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { scanner.readsSomeLine(of: UnsafeRawBufferPointer($0)) }
    }

    @Test("authentication code full of keywords but holding no value is not read")
    func keywordsWithoutValues() {
        let code = """
            const token = req.headers.authorization?.split(' ')[1] ?? session.token
            if (!session || session.expiresAt < Date.now()) return res.status(401).json({ error: 'session expired' })
            const refreshToken = await tokens.issueRefreshToken(user.id, { sessionId: session.id })

            """
        #expect(Self.scanner.mightContainSecret(code.utf8), "the keyword prefilter lets it through")
        #expect(!Self.reads(code))
        #expect(Self.scanner.scan(text: code).isEmpty)
    }

    @Test("a line that holds a secret is read, wherever it is and however its lines end")
    func aSecretLineIsRead() {
        let code = "import os\nsession = load()\n"
        #expect(!Self.reads(code))
        #expect(Self.reads(code + "DB_PASSWORD=\(FakeSecrets.password)\n"))
        #expect(Self.reads(code + "DB_PASSWORD=\(FakeSecrets.password)"), "a last line without its newline")
        #expect(Self.reads("DB_PASSWORD=\(FakeSecrets.password)\r\n" + code))
        #expect(Self.reads(code + "token: \(FakeSecrets.gitHubToken)\r\r\n"))
        #expect(!Self.reads(code + "DB_PASSWORD=\(FakeSecrets.password) # groundwork:allow\n"), "an allow comment")
    }

    /// A line diff gives a line without its `\r\n`: a line at the length limit with a CRLF ending is scanned whole
    /// in the history, so the prefilter must not count the `\r` either.
    @Test("a CRLF line at the length limit is measured without its carriage return")
    func lengthWithoutCarriageReturn() {
        let secret = "db_password = \"\(FakeSecrets.password)\""
        let line = secret + " //" + String(repeating: " ", count: SecretScanner.maximumLineLength - secret.utf8.count - 3)
        #expect(line.utf8.count == SecretScanner.maximumLineLength)
        #expect(Self.scanner.scan(lines: [(1, line)]).map(\.ruleID) == ["generic-assignment"])
        #expect(Self.reads("x = 1\r\n" + line + "\r\n"))
        #expect(!Self.reads("x = 1\r\n" + line + " \r\n"), "one byte over the limit: generic rules skip the line")
    }

    /// The promise the walk relies on, over every rule's examples (private keys and values on the line after
    /// their name span lines) and random choices of their lines, as a commit's added lines would be.
    @Test("when the scan finds a secret in some of a text's lines, the prefilter reads the text")
    func everyFindingIsPrecededByAReadLine() {
        var generator = SplitMix64(seed: 7)
        let examples = SecretRule.builtIn.flatMap { $0.truePositives + $0.falsePositives }
        var checked = 0
        for example in examples {
            let lines = example.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let numbered = lines.enumerated().map { (number: $0.offset + 1, text: $0.element) }
            let choices = [numbered] + (0..<8).map { _ in numbered.filter { _ in Bool.random(using: &generator) } }
            for chosen in choices where !Self.scanner.scan(lines: chosen).isEmpty {
                checked += 1
                #expect(Self.reads(example), "found in lines \(chosen.map(\.number)) but not read: \(example)")
                #expect(Self.reads(lines.joined(separator: "\r\n")), "CRLF: \(example)")
            }
        }
        #expect(checked >= SecretRule.builtIn.count, "the examples hold secrets to check")
    }
}
