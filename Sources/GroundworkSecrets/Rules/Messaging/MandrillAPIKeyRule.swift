extension SecretRule {
    /// Mandrill API keys: 22 URL-safe characters next to a Mandrill name.
    static let mandrillAPIKey = SecretRule(
        id: "mandrill-api-key",
        name: "Mailchimp Transactional (Mandrill) API key",
        provider: "Mailchimp",
        severity: .high,
        keywords: ["mandrill"],
        pattern: #"(?i:mandrill)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9_\-]{22})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://mailchimp.com/developer/transactional/docs/authentication-and-ip-safelisting/",
        truePositives: [
            "MANDRILL_API_KEY=" + ExampleSecret.base64URL(22, "mandrill-api-key/0/0")
        ],
        falsePositives: [
            "MANDRILL_API_KEY=<api key>"
        ]
    )
}
