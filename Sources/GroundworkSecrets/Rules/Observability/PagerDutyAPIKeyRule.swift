extension SecretRule {
    /// PagerDuty REST API keys and Events integration keys next to a PagerDuty name.
    static let pagerDutyAPIKey = SecretRule(
        id: "pagerduty-api-key",
        name: "PagerDuty API key",
        provider: "PagerDuty",
        severity: .high,
        keywords: ["pagerduty"],
        pattern: #"(?i:pagerduty)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(u\+[A-Za-z0-9_+\-]{18}|[A-Za-z0-9_+\-]{20}|[a-f0-9]{32})(?![A-Za-z0-9_+\-])"#,
        minimumEntropy: 3.3,
        reportsInTestCode: false,
        remediation: "https://support.pagerduty.com/main/docs/api-access-keys",
        truePositives: [
            "PAGERDUTY_API_KEY=u+" + ExampleSecret.base64URL(18, "pagerduty-api-key/0/0"),
            "PAGERDUTY_INTEGRATION_KEY=" + ExampleSecret.hex(32, "pagerduty-api-key/1/0"),
        ],
        falsePositives: [
            "PAGERDUTY_API_KEY=<api key>",
            "PAGERDUTY_SERVICE=P123ABC",
        ]
    )
}
