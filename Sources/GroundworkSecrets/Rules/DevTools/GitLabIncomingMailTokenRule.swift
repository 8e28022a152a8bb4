extension SecretRule {
    /// GitLab incoming email tokens (`glimt-`).
    static let gitLabIncomingMailToken = SecretRule(
        id: "gitlab-incoming-mail-token",
        name: "GitLab incoming mail token",
        provider: "GitLab",
        severity: .medium,
        keywords: ["glimt-"],
        pattern: #"\b(glimt-[A-Za-z0-9_\-]{25})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.gitlab.com/ee/security/token_overview.html",
        truePositives: [
            "GITLAB_TOKEN=glimt-" + ExampleSecret.base64URL(25, "gitlab-incoming-mail-token/0/0")
        ],
        falsePositives: [
            "GITLAB_TOKEN=glimt-<token>"
        ]
    )
}
