/// A secret found in the tree or in history, already redacted: the raw value is never stored.
public struct SecretFinding: Sendable, Codable, Hashable {
    /// The rule that matched: `aws-access-key-id`, `github-token`, `generic-assignment`….
    public var ruleID: String
    /// A readable name of the rule.
    public var ruleName: String
    public var path: String
    /// 1-based line in the file.
    public var line: Int
    /// The commit that added it (history findings), nil for the audited tree.
    public var commit: String?
    /// The first four characters and `****`.
    public var redacted: String
    /// `commit:path:rule:line` (commit empty for the tree), the key of baseline files.
    public var fingerprint: String { "\(commit ?? ""):\(path):\(ruleID):\(line)" }

    public init(ruleID: String, ruleName: String, path: String, line: Int, commit: String?, redacted: String) {
        self.ruleID = ruleID
        self.ruleName = ruleName
        self.path = path
        self.line = line
        self.commit = commit
        self.redacted = redacted
    }
}
