// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// SendGrid API keys: `SG.`, a 22-character id, a dot and a 43-character secret.
    static let sendGridAPIKey = SecretRule(
        id: "sendgrid-api-key",
        name: "SendGrid API key",
        provider: "Twilio SendGrid",
        severity: .high,
        keywords: ["sg."],
        pattern: #"\b(SG\.[0-9A-Za-z_\-]{22}\.[0-9A-Za-z_\-]{43})(?![0-9A-Za-z_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
        truePositives: [
            "SENDGRID_API_KEY=" + "SG." + "r1ZtoLuCr64CxqlIOdNKhi." + "FXiQ2hzT-pLjHX2JiCLhKcIhP6Br1iQFeOUhGXZnnal"
        ],
        falsePositives: [
            "SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "msg.send(to: recipient)",
        ]
    )
}
