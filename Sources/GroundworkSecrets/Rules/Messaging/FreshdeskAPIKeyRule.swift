extension SecretRule {
    /// Freshdesk API keys: 20 alphanumerics next to a Freshdesk name.
    static let freshdeskAPIKey = SecretRule(
        id: "freshdesk-api-key",
        name: "Freshdesk API key",
        provider: "Freshworks",
        severity: .high,
        keywords: ["freshdesk"],
        pattern: #"(?i:freshdesk)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{20})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://support.freshdesk.com/support/solutions/articles/215517",
        truePositives: [
            "FRESHDESK_API_KEY=" + ExampleSecret.base62(20, "freshdesk-api-key/0/0")
        ],
        falsePositives: [
            "FRESHDESK_API_KEY=<api key>",
            "FRESHDESK_DOMAIN=acme.freshdesk.com",
        ]
    )
}
