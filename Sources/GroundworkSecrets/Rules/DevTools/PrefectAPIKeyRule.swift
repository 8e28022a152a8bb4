extension SecretRule {
    /// Prefect Cloud API keys: `pnu_` and 36 alphanumerics.
    static let prefectAPIKey = SecretRule(
        id: "prefect-api-key",
        name: "Prefect Cloud API key",
        provider: "Prefect",
        severity: .high,
        keywords: ["pnu_"],
        pattern: #"\b(pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys",
        truePositives: [
            "PREFECT_API_KEY=pnu_" + ExampleSecret.base62(36, "prefect-api-key/0/0")
        ],
        falsePositives: [
            "PREFECT_API_KEY=pnu_<key>"
        ]
    )
}
