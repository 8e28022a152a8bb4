extension SecretRule {
    /// SparkPost API keys: 40 hexadecimal digits next to a SparkPost name.
    static let sparkPostAPIKey = SecretRule(
        id: "sparkpost-api-key",
        name: "SparkPost API key",
        provider: "SparkPost",
        severity: .high,
        keywords: ["sparkpost"],
        pattern: #"(?i:sparkpost)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://support.sparkpost.com/docs/getting-started/create-api-keys",
        truePositives: [
            "SPARKPOST_API_KEY=" + ExampleSecret.hex(40, "sparkpost-api-key/0/0")
        ],
        falsePositives: [
            "SPARKPOST_API_KEY=<api key>"
        ]
    )
}
