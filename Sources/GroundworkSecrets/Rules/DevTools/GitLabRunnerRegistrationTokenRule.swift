extension SecretRule {
    /// GitLab runner registration tokens (`GR1348941`): whoever holds one can attach a runner and read jobs' secrets.
    static let gitLabRunnerRegistrationToken = SecretRule(
        id: "gitlab-runner-registration-token",
        name: "GitLab runner registration token",
        provider: "GitLab",
        severity: .high,
        keywords: ["gr1348941"],
        pattern: #"\b(GR1348941[A-Za-z0-9_\-]{20})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.gitlab.com/ee/security/token_overview.html",
        truePositives: [
            "REGISTRATION_TOKEN=GR1348941" + ExampleSecret.base64URL(20, "gitlab-runner-registration-token/0/0")
        ],
        falsePositives: [
            "REGISTRATION_TOKEN=GR1348941<token>"
        ]
    )
}
