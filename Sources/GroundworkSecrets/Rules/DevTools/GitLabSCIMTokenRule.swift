extension SecretRule {
    /// GitLab SCIM OAuth access tokens (`glsoat-`).
    static let gitLabSCIMToken = SecretRule(
        id: "gitlab-scim-token",
        name: "GitLab SCIM token",
        provider: "GitLab",
        severity: .high,
        keywords: ["glsoat-"],
        pattern: #"\b(glsoat-[A-Za-z0-9_\-]{20})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.gitlab.com/ee/security/token_overview.html",
        truePositives: [
            "GITLAB_TOKEN=glsoat-" + ExampleSecret.base64URL(20, "gitlab-scim-token/0/0")
        ],
        falsePositives: [
            "GITLAB_TOKEN=glsoat-<token>"
        ]
    )
}
