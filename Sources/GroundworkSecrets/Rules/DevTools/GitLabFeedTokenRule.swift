extension SecretRule {
    /// GitLab feed tokens (`glft-`): read access to RSS and calendar feeds.
    static let gitLabFeedToken = SecretRule(
        id: "gitlab-feed-token",
        name: "GitLab feed token",
        provider: "GitLab",
        severity: .medium,
        keywords: ["glft-"],
        pattern: #"\b(glft-[A-Za-z0-9_\-]{20})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.gitlab.com/ee/security/token_overview.html",
        truePositives: [
            "GITLAB_TOKEN=glft-" + ExampleSecret.base64URL(20, "gitlab-feed-token/0/0")
        ],
        falsePositives: [
            "GITLAB_TOKEN=glft-<token>"
        ]
    )
}
