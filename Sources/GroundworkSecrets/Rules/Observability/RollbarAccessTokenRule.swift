extension SecretRule {
    /// Rollbar project and account access tokens: 32 hexadecimal digits next to a Rollbar name.
    static let rollbarAccessToken = SecretRule(
        id: "rollbar-access-token",
        name: "Rollbar access token",
        provider: "Rollbar",
        severity: .high,
        keywords: ["rollbar"],
        pattern: #"(?i:rollbar)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://docs.rollbar.com/docs/access-tokens",
        truePositives: [
            "ROLLBAR_ACCESS_TOKEN=" + ExampleSecret.hex(32, "rollbar-access-token/0/0")
        ],
        falsePositives: [
            "ROLLBAR_ACCESS_TOKEN=<post_server_item token>"
        ]
    )
}
