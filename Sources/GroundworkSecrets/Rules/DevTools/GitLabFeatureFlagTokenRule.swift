extension SecretRule {
    /// GitLab feature flag client tokens (`glffct-`).
    static let gitLabFeatureFlagToken = SecretRule(
        id: "gitlab-feature-flag-token",
        name: "GitLab feature flags client token",
        provider: "GitLab",
        severity: .medium,
        keywords: ["glffct-"],
        pattern: #"\b(glffct-[A-Za-z0-9_\-]{20})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.gitlab.com/ee/security/token_overview.html",
        truePositives: [
            "GITLAB_TOKEN=glffct-" + ExampleSecret.base64URL(20, "gitlab-feature-flag-token/0/0")
        ],
        falsePositives: [
            "GITLAB_TOKEN=glffct-<token>"
        ]
    )
}
