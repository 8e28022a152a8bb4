import GroundworkAuditModel
import GroundworkSecrets

/// No commit reachable from any reference ever added a secret.
struct SecretsInHistoryCheck: Check {
    let id = "security.secrets-in-history"
    let title = "No secrets were ever committed"
    let severity = Severity.high
    let rationale =
        "Deleting a secret in a later commit does not remove it: every clone still has the commit that added it. Treat it as leaked, rotate it, and rewrite history only if it must disappear."
    let fixedBy: [String] = []
    let effortHours = 4.0
    let needsHistory = true

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        guard let history = context.history else { return .notApplicable("history was not walked") }
        let reports = context.reportsSecret ?? SecretScanner.shared.reports(ruleID:at:commit:allowlistsMet:)
        let findings = history.secrets.filter {
            !context.configuration.secretBaseline.contains($0.fingerprint) && !context.configuration.isExcluded($0.path)
                && reports($0.ruleID, $0.path, $0.commit, $0.allowlistsMet)
        }
        guard !findings.isEmpty else { return .passed }
        return .failed(
            findings.map {
                Evidence("\($0.ruleName) added: \($0.redacted)", path: $0.path, line: $0.line, commit: $0.commit, fingerprint: $0.fingerprint)
            })
    }

    var examples: [CheckExample] {
        let key = "AKIA" + "QY7RZ3WXKB2M4NTL"
        return [
            CheckExample(
                "clean history", .pass,
                commits: [
                    ExampleCommit(daysAgo: 10, files: ["app.py": "import os\nKEY = os.environ['AWS_ACCESS_KEY_ID']\n"])
                ]),
            CheckExample(
                "a made-up password added to a test", .pass,
                commits: [
                    ExampleCommit(daysAgo: 10, files: ["tests/test_login.py": "PASSWORD = '" + "Kd93!xPq" + "Lm20'\n"])
                ]),
            CheckExample(
                "a key added, then removed", .fail,
                commits: [
                    ExampleCommit(daysAgo: 10, files: ["app.py": "KEY = '\(key)'\n"]),
                    ExampleCommit(daysAgo: 5, files: ["app.py": "import os\nKEY = os.environ['AWS_ACCESS_KEY_ID']\n"]),
                ]),
        ]
    }
}
