extension SecretRule {
    /// Mailchimp Marketing API keys: 32 hexadecimal digits and the data centre (`-us21`).
    static let mailchimpAPIKey = SecretRule(
        id: "mailchimp-api-key",
        name: "Mailchimp API key",
        provider: "Mailchimp",
        severity: .high,
        keywords: ["-us"],
        pattern: #"\b([a-f0-9]{32}-us[0-9]{1,2})\b"#,
        minimumEntropy: 3.0,
        remediation: "https://mailchimp.com/help/about-api-keys/",
        truePositives: [
            "MAILCHIMP_API_KEY=" + ExampleSecret.hex(32, "mailchimp-api-key/0/0") + "-us21"
        ],
        falsePositives: [
            "MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21",
            "locale: en-us",
        ]
    )
}
