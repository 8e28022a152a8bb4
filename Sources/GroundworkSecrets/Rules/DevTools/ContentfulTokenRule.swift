extension SecretRule {
    /// Contentful content management personal access tokens: `CFPAT-` and 43 characters.
    static let contentfulToken = SecretRule(
        id: "contentful-management-token",
        name: "Contentful management token",
        provider: "Contentful",
        severity: .high,
        keywords: ["cfpat-"],
        pattern: #"\b(CFPAT-[A-Za-z0-9_\-]{43})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://www.contentful.com/developers/docs/references/authentication/",
        truePositives: [
            "CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-" + ExampleSecret.base64URL(43, "contentful-management-token/0/0")
        ],
        falsePositives: [
            "CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-<token>"
        ]
    )
}
