extension SecretRule {
    /// Notion internal integration tokens: `ntn_` and the older `secret_` with 43 alphanumerics.
    static let notionToken = SecretRule(
        id: "notion-token",
        name: "Notion integration token",
        provider: "Notion",
        severity: .high,
        keywords: ["ntn_", "secret_"],
        pattern: #"\b(ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://developers.notion.com/docs/authorization",
        truePositives: [
            "NOTION_TOKEN=ntn_" + ExampleSecret.digits(11, "notion-token/0/0") + ExampleSecret.base62(35, "notion-token/0/1"),
            "NOTION_API_KEY=secret_" + ExampleSecret.base62(43, "notion-token/1/0"),
        ],
        falsePositives: [
            "NOTION_TOKEN=secret_<integration token>",
            "secret_key_base = ENV[\"SECRET_KEY_BASE\"]",
        ]
    )
}
