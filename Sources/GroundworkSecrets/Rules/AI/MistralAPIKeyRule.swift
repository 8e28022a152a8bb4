extension SecretRule {
    /// Mistral AI API keys: 32 alphanumerics, recognised next to the name Mistral.
    static let mistralAPIKey = SecretRule(
        id: "mistral-api-key",
        name: "Mistral API key",
        provider: "Mistral AI",
        severity: .high,
        keywords: ["mistral"],
        pattern: #"(?i:mistral)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://console.mistral.ai/api-keys",
        truePositives: [
            "MISTRAL_API_KEY=" + ExampleSecret.base62(32, "mistral-api-key/0/0"),
            "mistral_api_key = \"" + ExampleSecret.base62(32, "mistral-api-key/1/0") + "\"",
        ],
        falsePositives: [
            "MISTRAL_API_KEY=${MISTRAL_API_KEY}",
            "model = \"mistral-large-latest\"",
        ]
    )
}
