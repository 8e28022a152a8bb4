/// A secret found in the tree or in history, already redacted: the raw value is never stored.
package struct SecretFinding: Sendable, Codable, Hashable {
    /// The rule that matched: `aws-access-key-id`, `github-token`, `generic-assignment`….
    package var ruleID: String
    /// A readable name of the rule.
    package var ruleName: String
    package var path: String
    /// 1-based line in the file.
    package var line: Int
    /// The commit that added it (history findings), nil for the audited tree.
    package var commit: String?
    /// The first four characters and `****`.
    package var redacted: String
    /// The rule's allowlists whose content side the secret met, for the rule's path and commit exceptions.
    package var allowlistsMet: [Int] { met ?? [] }
    private var met: [Int]?
    /// `commit:path:rule:line` (commit empty for the tree), the key of baseline files.
    package var fingerprint: String { "\(commit ?? ""):\(path):\(ruleID):\(line)" }

    package init(ruleID: String, ruleName: String, path: String, line: Int, commit: String?, redacted: String, allowlistsMet: [Int] = []) {
        self.met = allowlistsMet.isEmpty ? nil : allowlistsMet
        self.ruleID = ruleID
        self.ruleName = ruleName
        self.path = path
        self.line = line
        self.commit = commit
        self.redacted = redacted
    }
}
