extension SecretRule {
    /// xAI (Grok) API keys: `xai-` and 80 alphanumerics.
    static let xAIAPIKey = SecretRule(
        id: "xai-api-key",
        name: "xAI API key",
        provider: "xAI",
        severity: .high,
        keywords: ["xai-"],
        pattern: #"\b(xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://console.x.ai",
        truePositives: [
            "XAI_API_KEY=xai-" + ExampleSecret.base62(80, "xai-api-key/0/0")
        ],
        falsePositives: [
            "XAI_API_KEY=xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
