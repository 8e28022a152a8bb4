/// A secret found on one line. It holds the redacted form and a digest, never the secret itself, so printing,
/// dumping or storing a match cannot leak it.
package struct SecretMatch: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The rule that matched.
    package let ruleID: String
    /// The rule's readable name.
    package let ruleName: String
    /// How bad the leak is.
    package let severity: SecretSeverity
    /// 1-based line number (for a private key, the BEGIN line).
    package let line: Int
    /// 1-based column of the secret in UTF-16 code units (SARIF's default column kind).
    package let column: Int
    /// The first four characters of the secret and `****`.
    package let redacted: String
    /// The first 16 hex digits of the SHA-256 of the secret: the same secret gives the same digest wherever it
    /// appears, so findings can be grouped without keeping the value.
    package let valueDigest: String
    /// The rule's allowlists whose content side the secret met; empty (and left out of the encoding) for almost
    /// every match. See `SecretCandidate.allowlistsMet`.
    package var allowlistsMet: [Int] { met ?? [] }
    private let met: [Int]?

    /// A match for `secret`; only its redacted form and digest are kept.
    package init(rule: SecretRule, line: Int, column: Int, secret: some StringProtocol, allowlistsMet: [Int] = []) {
        self.met = allowlistsMet.isEmpty ? nil : allowlistsMet
        self.ruleID = rule.id
        self.ruleName = rule.name
        self.severity = rule.severity
        self.line = line
        self.column = column
        self.redacted = Redaction.redact(secret)
        self.valueDigest = String(SecretDigest.hex(String(secret)).prefix(16))
    }

    /// The baseline key `commit:path:rule:line` (commit empty for the tree), the same as the audit's findings use.
    package func fingerprint(commit: String?, path: String) -> String {
        "\(commit ?? ""):\(path):\(ruleID):\(line)"
    }

    package var description: String {
        "\(line):\(column) \(ruleID) \(redacted)"
    }
}
