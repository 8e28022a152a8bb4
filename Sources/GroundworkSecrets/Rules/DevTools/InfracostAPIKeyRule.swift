extension SecretRule {
    /// Infracost API keys: `ico-` and 32 alphanumerics.
    static let infracostAPIKey = SecretRule(
        id: "infracost-api-key",
        name: "Infracost API key",
        provider: "Infracost",
        severity: .medium,
        keywords: ["ico-"],
        pattern: #"\b(ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://www.infracost.io/docs/faq/",
        truePositives: [
            "INFRACOST_API_KEY=ico-" + ExampleSecret.base62(32, "infracost-api-key/0/0")
        ],
        falsePositives: [
            "INFRACOST_API_KEY=ico-<key>",
            "<link rel=\"icon\" href=\"/favico-32.png\">",
        ]
    )
}
