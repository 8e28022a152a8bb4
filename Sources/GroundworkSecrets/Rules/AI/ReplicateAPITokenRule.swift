extension SecretRule {
    /// Replicate API tokens: `r8_` and 37 alphanumerics.
    static let replicateAPIToken = SecretRule(
        id: "replicate-api-token",
        name: "Replicate API token",
        provider: "Replicate",
        severity: .high,
        keywords: ["r8_"],
        pattern: #"\b(r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://replicate.com/account/api-tokens",
        truePositives: [
            "REPLICATE_API_TOKEN=r8_" + ExampleSecret.base62(37, "replicate-api-token/0/0")
        ],
        falsePositives: [
            "REPLICATE_API_TOKEN=r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
