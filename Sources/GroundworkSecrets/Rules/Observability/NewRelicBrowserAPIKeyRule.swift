extension SecretRule {
    /// New Relic browser API keys: `NRJS-` and 19 hexadecimal digits.
    static let newRelicBrowserAPIKey = SecretRule(
        id: "newrelic-browser-api-key",
        name: "New Relic browser API key",
        provider: "New Relic",
        severity: .medium,
        keywords: ["nrjs-"],
        pattern: #"\b(NRJS-[a-f0-9]{19})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
        truePositives: [
            "NEW_RELIC_BROWSER_KEY=NRJS-" + ExampleSecret.hex(19, "newrelic-browser-api-key/0/0")
        ],
        falsePositives: [
            "NEW_RELIC_BROWSER_KEY=NRJS-<key>"
        ]
    )
}
