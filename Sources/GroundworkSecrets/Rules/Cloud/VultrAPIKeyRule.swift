extension SecretRule {
    /// Vultr API keys: 36 uppercase alphanumerics next to a Vultr name.
    static let vultrAPIKey = SecretRule(
        id: "vultr-api-key",
        name: "Vultr API key",
        provider: "Vultr",
        severity: .high,
        keywords: ["vultr"],
        pattern: #"(?i:vultr)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Z0-9]{36})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://my.vultr.com/settings/#settingsapi",
        truePositives: [
            "VULTR_API_KEY=" + ExampleSecret.upperAlphanumeric(36, "vultr-api-key/0/0")
        ],
        falsePositives: [
            "VULTR_API_KEY=<api key>"
        ]
    )
}
