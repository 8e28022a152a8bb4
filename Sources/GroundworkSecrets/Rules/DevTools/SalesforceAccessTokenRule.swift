extension SecretRule {
    /// Salesforce session and OAuth access tokens: the org id (`00D…`), `!` and the token.
    static let salesforceAccessToken = SecretRule(
        id: "salesforce-access-token",
        name: "Salesforce access token",
        provider: "Salesforce",
        severity: .high,
        keywords: ["00d"],
        pattern: #"\b(00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,})"#,
        minimumEntropy: 3.5,
        remediation: "https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm",
        truePositives: [
            "SF_ACCESS_TOKEN=00D" + ExampleSecret.base62(15, "salesforce-access-token/0/0") + "!" + ExampleSecret.base62(96, "salesforce-access-token/0/1")
        ],
        falsePositives: [
            "SF_ACCESS_TOKEN=00D<org id>!<token>"
        ]
    )
}
