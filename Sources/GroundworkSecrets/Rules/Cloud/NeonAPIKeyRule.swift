extension SecretRule {
    /// Neon API keys: `napi_` and 64 lowercase alphanumerics.
    static let neonAPIKey = SecretRule(
        id: "neon-api-key",
        name: "Neon API key",
        provider: "Neon",
        severity: .high,
        keywords: ["napi_"],
        pattern: #"\b(napi_[a-z0-9]{64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://neon.tech/docs/manage/api-keys",
        truePositives: [
            "NEON_API_KEY=napi_" + ExampleSecret.lowerAlphanumeric(64, "neon-api-key/0/0")
        ],
        falsePositives: [
            "NEON_API_KEY=napi_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "napi_value result = napi_create_object(env);",
        ]
    )
}
