extension SecretRule {
    /// New Relic Insights insert (`NRII-`) and query (`NRIQ-`) keys.
    static let newRelicInsightsKey = SecretRule(
        id: "newrelic-insights-key",
        name: "New Relic Insights insert or query key",
        provider: "New Relic",
        severity: .high,
        keywords: ["nrii-", "nriq-"],
        pattern: #"\b(NRI[IQ]-[A-Za-z0-9_\-]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
        truePositives: [
            "NEW_RELIC_INSERT_KEY=NRII-" + ExampleSecret.base64URL(32, "newrelic-insights-key/0/0")
        ],
        falsePositives: [
            "NEW_RELIC_INSERT_KEY=NRII-<key>"
        ]
    )
}
