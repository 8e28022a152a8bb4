extension SecretRule {
    /// Okta API (SSWS) tokens: `00` and 40 characters next to an Okta name.
    static let oktaAPIToken = SecretRule(
        id: "okta-api-token",
        name: "Okta API token",
        provider: "Okta",
        severity: .critical,
        keywords: ["okta"],
        pattern: #"(?i:okta)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(00[A-Za-z0-9_\-]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://developer.okta.com/docs/guides/create-an-api-token/",
        truePositives: [
            "OKTA_API_TOKEN=00" + ExampleSecret.base64URL(40, "okta-api-token/0/0"),
            "okta.client.token=00" + ExampleSecret.base64URL(40, "okta-api-token/1/0"),
        ],
        falsePositives: [
            "OKTA_API_TOKEN=<api token>",
            "OKTA_ORG_URL=https://acme.okta.com",
        ]
    )
}
