import Foundation
import GroundworkAuditModel
import GroundworkSecrets

/// No secret (key, token, password) is committed in the audited tree.
struct SecretsInTreeCheck: Check {
    let id = "security.secrets-in-tree"
    let title = "No secrets are committed in the current tree"
    let severity = Severity.critical
    let rationale =
        "A key or token in the repository is readable by everyone with access to it, its forks and clones, and every CI log that prints it. Rotate it, then load it from the environment or a secret store. In test code and fixtures only provider tokens (AWS, GitHub, Stripe…) count: tests are full of made-up passwords, JWTs and keys."
    let fixedBy: [String] = []
    let effortHours = 2.0

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let reports = context.reportsSecret ?? SecretScanner.shared.reports(ruleID:at:commit:allowlistsMet:)
        var evidence: [Evidence] = []
        for file in context.includedFiles {
            // Cached by blob id when the engine has a cache: a re-audit reads no file it scanned before.
            guard let scan = BlobSecretScan.of(file, in: context) else { continue }
            for match in scan.hits where reports(match.ruleID, file.path, nil, match.allowlistsMet) {
                let finding = SecretFinding(ruleID: match.ruleID, ruleName: match.ruleName, path: file.path, line: match.line, commit: nil, redacted: match.redacted)
                guard !context.configuration.secretBaseline.contains(finding.fingerprint) else { continue }
                evidence.append(Evidence("\(match.ruleName): \(match.redacted)", path: file.path, line: match.line, fingerprint: finding.fingerprint))
            }
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    var examples: [CheckExample] {
        // Built by concatenation so this source file itself holds no token.
        let token = "ghp_" + "R8xKq2Lm5Np7Wz3Yt6Vb9Cd1Fg4Hj00XG6G8"
        return [
            CheckExample(
                "configuration read from the environment", .pass,
                files: [
                    "config.js": "module.exports = { token: process.env.GITHUB_TOKEN }\n"
                ]),
            CheckExample(
                "a GitHub token in code", .fail,
                files: [
                    "config.js": "module.exports = { token: '\(token)' }\n"
                ]),
            CheckExample(
                "a token in a Latin-1 file", .fail,
                commits: [
                    ExampleCommit(binaryFiles: [
                        // "# café" in Latin-1: not valid UTF-8.
                        "legacy.py": Data([0x23, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x0A]) + Data("token = '\(token)'\n".utf8)
                    ])
                ]),
            CheckExample(
                "a placeholder password", .pass,
                files: [
                    "settings.yaml": "password: changeme\n"
                ]),
            CheckExample(
                "a made-up password and token in tests and fixtures", .pass,
                files: [
                    "test/controllers/sessions_test.rb": "post session_url, params: { password: \"" + "Kd93!xPq" + "Lm20\" }\n",
                    "test/fixtures/sessions.yml": "david:\n  token: " + "AxJs94ft" + "eQ5Autv2VrKs\n",
                ]),
            CheckExample(
                "a GitHub token in a test is still a GitHub token", .fail,
                files: [
                    "tests/test_client.py": "TOKEN = '\(token)'\n"
                ]),
        ]
    }
}
