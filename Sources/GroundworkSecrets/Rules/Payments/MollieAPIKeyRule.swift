extension SecretRule {
    /// Mollie live API keys: `live_` and 30 alphanumerics next to a Mollie name.
    static let mollieAPIKey = SecretRule(
        id: "mollie-api-key",
        name: "Mollie live API key",
        provider: "Mollie",
        severity: .critical,
        keywords: ["mollie"],
        pattern: #"(?i:mollie)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(live_[A-Za-z0-9]{30})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://docs.mollie.com/reference/authentication",
        truePositives: [
            "MOLLIE_API_KEY=live_" + ExampleSecret.base62(30, "mollie-api-key/0/0")
        ],
        falsePositives: [
            "MOLLIE_API_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
