extension SecretRule {
    /// Mailgun private API keys: the legacy `key-` and 32 hexadecimal digits, and the current three-part keys next
    /// to a Mailgun name (`pubkey-` validation keys are public).
    static let mailgunAPIKey = SecretRule(
        id: "mailgun-api-key",
        name: "Mailgun API key",
        provider: "Mailgun",
        severity: .high,
        keywords: ["key-", "mailgun"],
        pattern: #"\b(key-[a-f0-9]{32})\b|(?i:mailgun)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.0,
        remediation: "https://help.mailgun.com/hc/en-us/articles/203380100",
        truePositives: [
            "MAILGUN_API_KEY=key-" + ExampleSecret.hex(32, "mailgun-api-key/0/0"),
            "MAILGUN_API_KEY=" + ExampleSecret.hex(32, "mailgun-api-key/1/0") + "-" + ExampleSecret.hex(8, "mailgun-api-key/1/1") + "-" + ExampleSecret.hex(8, "mailgun-api-key/1/2"),
        ],
        falsePositives: [
            "MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "MAILGUN_DOMAIN=mg.acme.example",
        ]
    )
}
