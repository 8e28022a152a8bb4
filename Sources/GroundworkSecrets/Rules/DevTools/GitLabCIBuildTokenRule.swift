extension SecretRule {
    /// GitLab CI/CD job tokens (`glcbt-`).
    static let gitLabCIBuildToken = SecretRule(
        id: "gitlab-ci-build-token",
        name: "GitLab CI/CD job token",
        provider: "GitLab",
        severity: .high,
        keywords: ["glcbt-"],
        pattern: #"\b(glcbt-[0-9a-fA-F]{1,5}_[A-Za-z0-9_\-]{20})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.gitlab.com/ee/security/token_overview.html",
        truePositives: [
            "GITLAB_TOKEN=glcbt-" + ExampleSecret.hex(2, "gitlab-ci-build-token/0/0") + "_" + ExampleSecret.base64URL(20, "gitlab-ci-build-token/0/1")
        ],
        falsePositives: [
            "GITLAB_TOKEN=glcbt-<token>"
        ]
    )
}
