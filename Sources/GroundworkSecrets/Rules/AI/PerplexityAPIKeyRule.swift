extension SecretRule {
    /// Perplexity API keys: `pplx-` and 48 alphanumerics.
    static let perplexityAPIKey = SecretRule(
        id: "perplexity-api-key",
        name: "Perplexity API key",
        provider: "Perplexity",
        severity: .high,
        keywords: ["pplx-"],
        pattern: #"\b(pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://www.perplexity.ai/settings/api",
        truePositives: [
            "PERPLEXITY_API_KEY=pplx-" + ExampleSecret.base62(48, "perplexity-api-key/0/0")
        ],
        falsePositives: [
            "PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
