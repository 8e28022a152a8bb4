extension SecretRule {
    /// GitLab agent for Kubernetes tokens (`glagent-`).
    static let gitLabAgentToken = SecretRule(
        id: "gitlab-agent-token",
        name: "GitLab agent for Kubernetes token",
        provider: "GitLab",
        severity: .critical,
        keywords: ["glagent-"],
        pattern: #"\b(glagent-[A-Za-z0-9_\-]{50})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.gitlab.com/ee/security/token_overview.html",
        truePositives: [
            "GITLAB_TOKEN=glagent-" + ExampleSecret.base64URL(50, "gitlab-agent-token/0/0")
        ],
        falsePositives: [
            "GITLAB_TOKEN=glagent-<token>"
        ]
    )
}
