extension SecretRule {
    /// Square access tokens: `EAAA` and 60 characters, or the older `sq0atp-`.
    static let squareAccessToken = SecretRule(
        id: "square-access-token",
        name: "Square access token",
        provider: "Square",
        severity: .critical,
        keywords: ["eaaa", "sq0atp-"],
        pattern: #"\b(EAAA[A-Za-z0-9_\-]{60}|sq0atp-[A-Za-z0-9_\-]{22})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://developer.squareup.com/docs/build-basics/access-tokens",
        truePositives: [
            "SQUARE_ACCESS_TOKEN=EAAA" + ExampleSecret.base64URL(60, "square-access-token/0/0"),
            "square_token: \"sq0atp-" + ExampleSecret.base64URL(22, "square-access-token/1/0") + "\"",
        ],
        falsePositives: [
            "SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
