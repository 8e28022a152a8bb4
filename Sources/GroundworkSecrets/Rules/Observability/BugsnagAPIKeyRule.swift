extension SecretRule {
    /// Bugsnag notifier API keys and data access tokens next to a Bugsnag name.
    static let bugsnagAPIKey = SecretRule(
        id: "bugsnag-api-key",
        name: "Bugsnag API key or auth token",
        provider: "Bugsnag",
        severity: .medium,
        keywords: ["bugsnag"],
        pattern: #"(?i:bugsnag)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32}|[A-Za-z0-9_\-]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://docs.bugsnag.com/api/data-access/#authentication",
        truePositives: [
            "BUGSNAG_API_KEY=" + ExampleSecret.hex(32, "bugsnag-api-key/0/0")
        ],
        falsePositives: [
            "BUGSNAG_API_KEY=<api key>"
        ]
    )
}
