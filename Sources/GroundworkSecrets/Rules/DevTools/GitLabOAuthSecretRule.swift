extension SecretRule {
    /// GitLab OAuth application secrets (`gloas-`).
    static let gitLabOAuthSecret = SecretRule(
        id: "gitlab-oauth-app-secret",
        name: "GitLab OAuth application secret",
        provider: "GitLab",
        severity: .high,
        keywords: ["gloas-"],
        pattern: #"\b(gloas-[A-Za-z0-9_\-]{64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.gitlab.com/ee/security/token_overview.html",
        truePositives: [
            "GITLAB_TOKEN=gloas-" + ExampleSecret.base64URL(64, "gitlab-oauth-app-secret/0/0")
        ],
        falsePositives: [
            "GITLAB_TOKEN=gloas-<token>"
        ]
    )
}
