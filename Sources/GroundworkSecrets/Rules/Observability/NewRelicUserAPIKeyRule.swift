extension SecretRule {
    /// New Relic user API keys: `NRAK-` and 27 uppercase alphanumerics.
    static let newRelicUserAPIKey = SecretRule(
        id: "newrelic-user-api-key",
        name: "New Relic user API key",
        provider: "New Relic",
        severity: .high,
        keywords: ["nrak-"],
        pattern: #"\b(NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
        truePositives: [
            "NEW_RELIC_API_KEY=NRAK-" + ExampleSecret.upperAlphanumeric(27, "newrelic-user-api-key/0/0")
        ],
        falsePositives: [
            "NEW_RELIC_API_KEY=NRAK-<key>"
        ]
    )
}
