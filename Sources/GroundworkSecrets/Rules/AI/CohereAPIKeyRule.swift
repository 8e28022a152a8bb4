extension SecretRule {
    /// Cohere API keys: 40 alphanumerics, recognised next to the name Cohere (they have no prefix).
    static let cohereAPIKey = SecretRule(
        id: "cohere-api-key",
        name: "Cohere API key",
        provider: "Cohere",
        severity: .high,
        keywords: ["cohere", "co_api_key"],
        pattern: #"(?i:cohere|co_api_key)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://dashboard.cohere.com/api-keys",
        truePositives: [
            "COHERE_API_KEY=" + ExampleSecret.base62(40, "cohere-api-key/0/0"),
            "co = cohere.Client(\"" + ExampleSecret.base62(40, "cohere-api-key/1/0") + "\")",
        ],
        falsePositives: [
            "COHERE_API_KEY=<your-api-key>",
            "co = cohere.Client(os.environ[\"CO_API_KEY\"])",
        ]
    )
}
