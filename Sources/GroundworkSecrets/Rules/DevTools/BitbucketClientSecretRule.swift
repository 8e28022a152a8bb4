extension SecretRule {
    /// Bitbucket OAuth consumer secrets: 32 characters next to a Bitbucket name.
    static let bitbucketClientSecret = SecretRule(
        id: "bitbucket-client-secret",
        name: "Bitbucket OAuth consumer secret",
        provider: "Atlassian Bitbucket",
        severity: .high,
        keywords: ["bitbucket"],
        pattern: #"(?i:bitbucket)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9_\-]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/",
        truePositives: [
            "BITBUCKET_CLIENT_SECRET=" + ExampleSecret.base64URL(32, "bitbucket-client-secret/0/0")
        ],
        falsePositives: [
            "BITBUCKET_CLIENT_SECRET=<secret>",
            "BITBUCKET_WORKSPACE=acme",
        ]
    )
}
