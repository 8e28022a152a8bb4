extension SecretRule {
    /// Sendbird master and secondary API tokens: 40 hexadecimal digits next to a Sendbird name.
    static let sendbirdAPIToken = SecretRule(
        id: "sendbird-api-token",
        name: "Sendbird API token",
        provider: "Sendbird",
        severity: .high,
        keywords: ["sendbird"],
        pattern: #"(?i:sendbird)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api",
        truePositives: [
            "SENDBIRD_API_TOKEN=" + ExampleSecret.hex(40, "sendbird-api-token/0/0")
        ],
        falsePositives: [
            "SENDBIRD_API_TOKEN=<token>"
        ]
    )
}
