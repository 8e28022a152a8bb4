import Foundation
import GroundworkSecrets
import Testing

/// Issue 10, D7: a token on a line over the length limit (a minified bundle, JSON on one line) is found.
@Suite("secrets on long lines")
struct LongLineTests {
    /// Built by concatenation so this source file holds no token.
    static let token = "ghp_" + "R8xKq2Lm5Np7Wz3Yt6Vb9Cd1Fg4Hj00XG6G8"

    @Test func aGitHubTokenInALongJSONLineIsFound() {
        let padding = (0..<400).map { "\"key\($0)\": \"value\($0)\"" }.joined(separator: ", ")
        let line = "{" + padding + ", \"auth\": \"" + Self.token + "\"}"
        #expect(line.utf8.count > SecretScanner.maximumLineLength)
        let matches = SecretScanner().scan(text: "first line\n" + line + "\n")
        #expect(matches.map(\.ruleID) == ["github-token"])
        #expect(matches.first?.line == 2)
    }

    @Test func aLongLineWithAGenericKeywordIsReportedAsPartlyScanned() {
        let scanner = SecretScanner()
        let long = String(repeating: "a", count: SecretScanner.maximumLineLength + 10)
        #expect(scanner.skipsPartOfLongLines(Data((long + " password = 'x'\n").utf8)))
        #expect(!scanner.skipsPartOfLongLines(Data((long + "\nshort password line\n").utf8)), "the keyword is on a short line, scanned whole")
        #expect(!scanner.skipsPartOfLongLines(Data((long + " " + Self.token + "\n").utf8)), "only long-line rules have keywords there")
    }
}

/// Issue 15, §2: every rule whose token starts with its keyword reads long lines whole, whoever wrote it.
@Suite("anchored rules on long lines")
struct AnchoredRuleTests {
    @Test("provider rules are anchored; rules that know a secret by its name or by context are not")
    func anchoringIsDerivedFromTheExamples() throws {
        let anchored = Set(SecretRule.builtIn.filter(\.isAnchored).map(\.id))
        #expect(
            anchored.isSuperset(of: [
                "private-key", "aws-access-key-id", "github-token", "gitlab-token", "slack-token",
                "slack-webhook", "stripe-live-key", "google-api-key", "npm-token", "sendgrid-api-key",
            ]))
        #expect(anchored.isDisjoint(with: ["generic-assignment", "aws-secret-access-key", "twilio-api-key"]))
    }

    @Test(
        "every anchored rule finds its example at the end of a minified bundle over the length limit",
        arguments: SecretRule.builtIn.filter { $0.isAnchored && !$0.truePositives.isEmpty }.map(\.id))
    func anchoredRuleReadsTheWholeLongLine(ruleID: String) throws {
        let rule = try #require(SecretRule.builtIn.first { $0.id == ruleID })
        let bundle = String(repeating: "function(e){return e&&e.value||null};", count: 3_000)
        for example in rule.truePositives where !example.contains("\n") {
            let line = bundle + example + ";" + bundle
            #expect(line.utf8.count > 50 * SecretScanner.maximumLineLength)
            let found = SecretScanner(rules: [rule]).scan(text: line)
            #expect(found.map(\.ruleID) == [rule.id], "\(example)")
        }
    }

    @Test("a rule written outside the built-in list is anchored by its examples alone")
    func customAnchoredRule() throws {
        let rule = SecretRule(
            id: "acme-token", name: "Acme token", severity: .high, keywords: ["acme_"],
            pattern: #"\b(acme_[A-Za-z0-9]{24})\b"#,
            truePositives: ["ACME=" + "acme_" + "Q7mW2kR9vXp4LzT8nB3cYt5r"], falsePositives: []
        )
        #expect(rule.isAnchored)
        let line = String(repeating: "x", count: 2 * SecretScanner.maximumLineLength) + " acme_" + "Q7mW2kR9vXp4LzT8nB3cYt5r"
        #expect(SecretScanner(rules: [rule]).scan(text: line).count == 1)
        #expect(!SecretScanner(rules: [rule]).skipsPartOfLongLines(Data(line.utf8)))
    }
}
