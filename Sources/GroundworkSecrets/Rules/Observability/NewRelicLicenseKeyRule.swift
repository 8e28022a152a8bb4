extension SecretRule {
    /// New Relic license (ingest) keys: 36 hexadecimal digits ending `NRAL`, or the older 40 next to a license name.
    static let newRelicLicenseKey = SecretRule(
        id: "newrelic-license-key",
        name: "New Relic license (ingest) key",
        provider: "New Relic",
        severity: .high,
        keywords: ["nral", "new_relic_license", "newrelic_license", "new-relic-license"],
        pattern:
            #"\b([a-f0-9]{36}NRAL)\b|(?i:new_relic_license|newrelic_license|new\-relic\-license)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.0,
        remediation: "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
        truePositives: [
            "NEW_RELIC_LICENSE_KEY=" + ExampleSecret.hex(36, "newrelic-license-key/0/0") + "NRAL",
            "NEWRELIC_LICENSE_KEY=" + ExampleSecret.hex(40, "newrelic-license-key/1/0"),
        ],
        falsePositives: [
            "NEW_RELIC_LICENSE_KEY=<license key>"
        ]
    )
}
