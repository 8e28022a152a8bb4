extension SecretRule {
    /// Nightfall API keys: `NF-` and 32 alphanumerics.
    static let nightfallAPIKey = SecretRule(
        id: "nightfall-api-key",
        name: "Nightfall API key",
        provider: "Nightfall",
        severity: .high,
        keywords: ["nf-"],
        pattern: #"\b(NF-[A-Za-z0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.nightfall.ai/docs/creating-an-api-key",
        truePositives: [
            "NIGHTFALL_API_KEY=NF-" + ExampleSecret.base62(32, "nightfall-api-key/0/0")
        ],
        falsePositives: [
            "NIGHTFALL_API_KEY=NF-<key>"
        ]
    )
}
