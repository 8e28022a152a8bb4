extension SecretRule {
    /// Bitbucket Cloud app passwords (`ATBB`).
    static let bitbucketAppPassword = SecretRule(
        id: "bitbucket-app-password",
        name: "Bitbucket app password or API token",
        provider: "Atlassian Bitbucket",
        severity: .critical,
        keywords: ["atbb"],
        pattern: #"\b(ATBB[A-Za-z0-9_=.\-]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/",
        truePositives: [
            "BITBUCKET_APP_PASSWORD=ATBB" + ExampleSecret.base62(32, "bitbucket-app-password/0/0")
        ],
        falsePositives: [
            "BITBUCKET_APP_PASSWORD=ATBB<app password>"
        ]
    )
}
