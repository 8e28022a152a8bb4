extension SecretRule {
    /// Scalingo API tokens: `tk-us-` and 48 characters.
    static let scalingoAPIToken = SecretRule(
        id: "scalingo-api-token",
        name: "Scalingo API token",
        provider: "Scalingo",
        severity: .high,
        keywords: ["tk-us-"],
        pattern: #"\b(tk-us-[A-Za-z0-9_\-]{48})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://doc.scalingo.com/platform/cli/features#tokens",
        truePositives: [
            "SCALINGO_API_TOKEN=tk-us-" + ExampleSecret.base64URL(48, "scalingo-api-token/0/0")
        ],
        falsePositives: [
            "SCALINGO_API_TOKEN=tk-us-<token>"
        ]
    )
}
