extension SecretRule {
    /// LinkedIn OAuth client secrets: 16 alphanumerics next to a LinkedIn name.
    static let linkedInClientSecret = SecretRule(
        id: "linkedin-client-secret",
        name: "LinkedIn client secret",
        provider: "LinkedIn",
        severity: .high,
        keywords: ["linkedin"],
        pattern: #"(?i:linkedin)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{16})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.3,
        reportsInTestCode: false,
        remediation: "https://learn.microsoft.com/en-us/linkedin/shared/authentication/client-credentials-flow",
        truePositives: [
            "LINKEDIN_CLIENT_SECRET=" + ExampleSecret.base62(16, "linkedin-client-secret/0/0")
        ],
        falsePositives: [
            "LINKEDIN_CLIENT_SECRET=<client secret>",
            "linkedin_url: https://www.linkedin.com/in/jane",
        ]
    )
}
