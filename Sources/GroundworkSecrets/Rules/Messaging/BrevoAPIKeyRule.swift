extension SecretRule {
    /// Brevo (formerly Sendinblue) API (`xkeysib-`) and SMTP (`xsmtpsib-`) keys.
    static let brevoAPIKey = SecretRule(
        id: "brevo-api-key",
        name: "Brevo (Sendinblue) API key",
        provider: "Brevo",
        severity: .high,
        keywords: ["xkeysib-", "xsmtpsib-"],
        pattern: #"\b(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://help.brevo.com/hc/en-us/articles/209467485",
        truePositives: [
            "BREVO_API_KEY=xkeysib-" + ExampleSecret.hex(64, "brevo-api-key/0/0") + "-" + ExampleSecret.base62(16, "brevo-api-key/0/1"),
            "SMTP_KEY=xsmtpsib-" + ExampleSecret.hex(64, "brevo-api-key/1/0") + "-" + ExampleSecret.base62(16, "brevo-api-key/1/1"),
        ],
        falsePositives: [
            "BREVO_API_KEY=xkeysib-<key>"
        ]
    )
}
