extension SecretRule {
    /// Anthropic API and admin keys: `sk-ant-api03-` or `sk-ant-admin01-`, 93 characters and `AA`.
    static let anthropicAPIKey = SecretRule(
        id: "anthropic-api-key",
        name: "Anthropic API key",
        provider: "Anthropic",
        severity: .critical,
        keywords: ["sk-ant-api", "sk-ant-admin"],
        pattern: #"\b(sk-ant-(?:api03|admin01)-[A-Za-z0-9_\-]{93}AA)(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://console.anthropic.com/settings/keys",
        truePositives: [
            "ANTHROPIC_API_KEY=sk-ant-api03-" + ExampleSecret.base64URL(93, "anthropic-api-key/0/0") + "AA",
            "client = anthropic.Anthropic(api_key=\"sk-ant-admin01-" + ExampleSecret.base64URL(93, "anthropic-api-key/1/0") + "AA\")",
        ],
        falsePositives: [
            "ANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "ANTHROPIC_API_KEY=\"sk-ant-...\"",
        ]
    )
}
