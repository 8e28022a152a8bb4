extension SecretRule {
    /// ReadMe API keys: `rdme_` and 70 lowercase alphanumerics.
    static let readMeAPIKey = SecretRule(
        id: "readme-api-key",
        name: "ReadMe API key",
        provider: "ReadMe",
        severity: .high,
        keywords: ["rdme_"],
        pattern: #"\b(rdme_[a-z0-9]{70})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.readme.com/main/reference/intro/authentication",
        truePositives: [
            "README_API_KEY=rdme_" + ExampleSecret.lowerAlphanumeric(70, "readme-api-key/0/0")
        ],
        falsePositives: [
            "README_API_KEY=rdme_<key>"
        ]
    )
}
