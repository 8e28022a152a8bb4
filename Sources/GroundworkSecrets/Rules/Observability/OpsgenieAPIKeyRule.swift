extension SecretRule {
    /// Opsgenie API keys: UUIDs next to an Opsgenie name.
    static let opsgenieAPIKey = SecretRule(
        id: "opsgenie-api-key",
        name: "Opsgenie API key",
        provider: "Atlassian Opsgenie",
        severity: .high,
        keywords: ["opsgenie"],
        pattern:
            #"(?i:opsgenie)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://support.atlassian.com/opsgenie/docs/api-key-management/",
        truePositives: [
            "OPSGENIE_API_KEY=" + ExampleSecret.uuid("opsgenie-api-key/0/0")
        ],
        falsePositives: [
            "OPSGENIE_API_KEY=<api key>"
        ]
    )
}
