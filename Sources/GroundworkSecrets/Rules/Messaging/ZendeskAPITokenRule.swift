extension SecretRule {
    /// Zendesk API tokens: 40 alphanumerics next to a Zendesk name.
    static let zendeskAPIToken = SecretRule(
        id: "zendesk-api-token",
        name: "Zendesk API token",
        provider: "Zendesk",
        severity: .high,
        keywords: ["zendesk"],
        pattern: #"(?i:zendesk)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://support.zendesk.com/hc/en-us/articles/4408889192858",
        truePositives: [
            "ZENDESK_API_TOKEN=" + ExampleSecret.base62(40, "zendesk-api-token/0/0")
        ],
        falsePositives: [
            "ZENDESK_API_TOKEN=<api token>",
            "ZENDESK_SUBDOMAIN=acme",
        ]
    )
}
