import Foundation
import GroundworkFormats
import Testing

@testable import GroundworkSecrets

/// Issue 15, §6: a team's own rules are loaded with the fields of the built-in ones and refused, with their
/// line, when they cannot work.
@Suite("custom secret rules")
struct CustomSecretRulesTests {
    /// Joined at run time so this file holds no token.
    static let token = "acme_" + "Q7mW2kR9vXp4LzT8nB3cYt5r"

    static func file(
        pattern: String = #"\b(acme_[A-Za-z0-9]{24})\b"#, keywords: String = "[acme_]",
        examples: String? = nil
    ) -> String {
        """
        rules:
          - id: acme-api-key
            description: Acme API key
            keywords: \(keywords)
            pattern: '\(pattern)'
            entropy: 3
            severity: critical
            remediation: https://acme.example/docs/rotate
            examples:
        \(examples ?? "      true: [\"ACME_KEY=\(token)\"]\n      false: [\"ACME_KEY=acme_xxxxxxxxxxxxxxxxxxxxxxxx\"]")
        """
    }

    @Test("a valid rule is loaded with its fields and finds its secret through the one-pass scanner")
    func validRule() throws {
        let rules = try CustomSecretRules.parse(Self.file(), path: "rules.yaml")
        let rule = try #require(rules.first)
        #expect(rule.rule.id == "acme-api-key" && rule.rule.name == "Acme API key" && rule.rule.severity == .critical)
        #expect(rule.rule.remediation == "https://acme.example/docs/rotate")
        #expect(rule.rule.isAnchored)
        let scanner = SecretScanner.with(customRules: [rule.rule])
        #expect(scanner.rules.last?.id == "generic-assignment")
        let found = scanner.scan(text: "const key = '\(Self.token)';\nACME_KEY=acme_xxxxxxxxxxxxxxxxxxxxxxxx\n")
        #expect(found.map(\.ruleID) == ["acme-api-key"])
        #expect(found.first?.redacted == "acme****")
    }

    @Test(
        "refused with file and line",
        arguments: [
            (file(pattern: #"\b(acme_[A-Za-z0-9]{24}\b"#), 5, "not a valid regular expression"),
            (file(keywords: "[]"), 4, "needs `keywords`"),
            (file(examples: "      true: [\"ACME_KEY=acme_short\"]"), 10, "does not report its own example"),
            (
                file(examples: "      true: [\"ACME_KEY=\(token)\"]\n      false: [\"KEY=acme_" + "Zb7Yc3Xd6We9Vf2Ug5Th8Si1\"]"), 11,
                "reports its own false example"
            ),
            (file(examples: "      false: [\"x\"]"), 9, "needs `examples: true"),
            (file().replacingOccurrences(of: "acme-api-key", with: "github-token"), 2, "already taken by a built-in rule"),
            (file().replacingOccurrences(of: "severity: critical", with: "severity: urgent"), 7, "not a severity"),
            (file().replacingOccurrences(of: "entropy: 3", with: "entrophy: 3"), 6, "entrophy"),
        ])
    func refused(text: String, line: Int, message: String) {
        #expect {
            _ = try CustomSecretRules.parse(text, path: "rules.yaml")
        } throws: { error in
            guard let error = error as? FormatError else { return false }
            return error.file == "rules.yaml" && error.line == line && error.description.contains(message)
        }
    }

    @Test("a gitleaks JSON report becomes a baseline of the same findings under groundwork's rule ids")
    func gitleaksReportAsBaseline() throws {
        let report = """
            [
              {"Description": "GitHub Personal Access Token", "StartLine": 3, "EndLine": 3, "File": "config/app.yml",
               "Commit": "4e2def0a1b2c3d4e5f60718293a4b5c6d7e8f901", "RuleID": "github-pat", "Secret": "REDACTED",
               "Fingerprint": "4e2def0a1b2c3d4e5f60718293a4b5c6d7e8f901:config/app.yml:github-pat:3"},
              {"Description": "Acme", "StartLine": 12, "File": "src/acme.js", "Commit": "", "RuleID": "acme-api-key"}
            ]
            """
        let baseline = try SecretBaseline(data: Data(report.utf8), path: "gitleaks-report.json")
        #expect(
            baseline.fingerprints == [
                "4e2def0a1b2c3d4e5f60718293a4b5c6d7e8f901:config/app.yml:github-token:3", ":config/app.yml:github-token:3",
                ":src/acme.js:acme-api-key:12",
            ])
        #expect(throws: SecretBaselineError.self) {
            try SecretBaseline(data: Data(#"[{"RuleID": "x", "StartLine": 1}]"#.utf8), path: "r.json")
        }
    }
}
