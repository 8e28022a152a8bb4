extension SecretRule {
    /// Groq API keys: `gsk_` and 52 alphanumerics.
    static let groqAPIKey = SecretRule(
        id: "groq-api-key",
        name: "Groq API key",
        provider: "Groq",
        severity: .high,
        keywords: ["gsk_"],
        pattern: #"\b(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://console.groq.com/keys",
        truePositives: [
            "GROQ_API_KEY=gsk_" + ExampleSecret.base62(52, "groq-api-key/0/0")
        ],
        falsePositives: [
            "GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
