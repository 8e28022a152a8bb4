extension SecretRule {
    /// Fastly API tokens: 32 characters next to a Fastly name.
    static let fastlyAPIToken = SecretRule(
        id: "fastly-api-token",
        name: "Fastly API token",
        provider: "Fastly",
        severity: .high,
        keywords: ["fastly"],
        pattern: #"(?i:fastly)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9_\-]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://docs.fastly.com/en/guides/using-api-tokens",
        truePositives: [
            "FASTLY_API_TOKEN=" + ExampleSecret.base64URL(32, "fastly-api-token/0/0")
        ],
        falsePositives: [
            "FASTLY_API_TOKEN=<token>",
            "FASTLY_SERVICE_ID=acme",
        ]
    )
}
