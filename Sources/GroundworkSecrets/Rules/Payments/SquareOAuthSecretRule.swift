extension SecretRule {
    /// Square OAuth application secrets: `sq0csp-` and 43 URL-safe characters.
    static let squareOAuthSecret = SecretRule(
        id: "square-oauth-secret",
        name: "Square OAuth application secret",
        provider: "Square",
        severity: .critical,
        keywords: ["sq0csp-"],
        pattern: #"\b(sq0csp-[A-Za-z0-9_\-]{43})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://developer.squareup.com/docs/oauth-api/overview",
        truePositives: [
            "SQUARE_APPLICATION_SECRET=sq0csp-" + ExampleSecret.base64URL(43, "square-oauth-secret/0/0")
        ],
        falsePositives: [
            "SQUARE_APPLICATION_SECRET=sq0csp-<secret>"
        ]
    )
}
