extension SecretRule {
    /// Snyk API tokens: UUIDs next to a Snyk name.
    static let snykAPIToken = SecretRule(
        id: "snyk-api-token",
        name: "Snyk API token",
        provider: "Snyk",
        severity: .high,
        keywords: ["snyk"],
        pattern: #"(?i:snyk)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://docs.snyk.io/snyk-api/authentication-for-api/revoke-and-regenerate-a-snyk-api-token",
        truePositives: [
            "SNYK_TOKEN=" + ExampleSecret.uuid("snyk-api-token/0/0")
        ],
        falsePositives: [
            "SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}"
        ]
    )
}
