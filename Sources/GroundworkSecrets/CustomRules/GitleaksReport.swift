import Foundation
import GroundworkFormats

/// A gitleaks JSON report (`gitleaks detect --report-format json`) read as a baseline, so a team that switches
/// to groundwork keeps its triage: every finding it accepted stays out of groundwork's report.
package enum GitleaksReport {
    /// gitleaks' rule ids for the secrets groundwork's built-in rules find under another id. A finding of a rule
    /// not listed keeps its id, which matches a rule imported from the same gitleaks configuration.
    static let ruleIDs: [String: String] = [
        "aws-access-token": "aws-access-key-id",
        "github-pat": "github-token", "github-fine-grained-pat": "github-token", "github-oauth": "github-token",
        "github-app-token": "github-token", "github-refresh-token": "github-token",
        "gitlab-pat": "gitlab-token", "gitlab-ptt": "gitlab-token", "gitlab-rrt": "gitlab-token",
        "slack-bot-token": "slack-token", "slack-user-token": "slack-token", "slack-app-token": "slack-token",
        "slack-legacy-token": "slack-token", "slack-legacy-bot-token": "slack-token",
        "slack-legacy-workspace-token": "slack-token", "slack-webhook-url": "slack-webhook",
        "stripe-access-token": "stripe-live-key", "gcp-api-key": "google-api-key",
        "sendgrid-api-token": "sendgrid-api-key", "npm-access-token": "npm-token", "openai-api-key": "openai-api-key",
        "generic-api-key": "generic-assignment",
    ]

    /// The baseline of the report's findings. A finding gitleaks saw in a commit is accepted there and, as it was
    /// triaged already, at the same place in the tree (`:path:rule:line`); a `--no-git` finding in the tree only.
    package static func baseline(_ findings: [JSONValue], path: String) throws(SecretBaselineError) -> SecretBaseline {
        func fail(_ problem: String) -> SecretBaselineError { SecretBaselineError(path: path, problem: problem) }
        var baseline = SecretBaseline()
        for (index, finding) in findings.enumerated() {
            guard case let .object(members) = finding else { throw fail("finding \(index + 1) is \(finding.kind); expected an object") }
            let fields = Dictionary(members, uniquingKeysWith: { first, _ in first })
            guard case let .string(file)? = fields["File"], !file.isEmpty else {
                throw fail("finding \(index + 1) has no \"File\"; expected gitleaks' File, RuleID, StartLine and Commit")
            }
            guard case let .string(rule)? = fields["RuleID"], !rule.isEmpty else { throw fail("finding \(index + 1) has no \"RuleID\"") }
            guard case let .number(number)? = fields["StartLine"], let line = Int(number), line > 0 else {
                throw fail("finding \(index + 1) has no positive \"StartLine\"")
            }
            let ruleID = ruleIDs[rule] ?? rule
            baseline.insert(":\(file):\(ruleID):\(line)")
            if case let .string(commit)? = fields["Commit"], !commit.isEmpty {
                baseline.insert("\(commit):\(file):\(ruleID):\(line)")
            }
        }
        return baseline
    }
}
