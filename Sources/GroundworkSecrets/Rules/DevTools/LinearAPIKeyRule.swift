extension SecretRule {
    /// Linear personal API keys (`lin_api_`) and OAuth tokens (`lin_oauth_`).
    static let linearAPIKey = SecretRule(
        id: "linear-api-key",
        name: "Linear API key",
        provider: "Linear",
        severity: .high,
        keywords: ["lin_api_", "lin_oauth_"],
        pattern: #"\b(lin_(?:api|oauth)_[A-Za-z0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://linear.app/docs/api-and-webhooks",
        truePositives: [
            "LINEAR_API_KEY=lin_api_" + ExampleSecret.base62(40, "linear-api-key/0/0")
        ],
        falsePositives: [
            "LINEAR_API_KEY=lin_api_<key>"
        ]
    )
}
