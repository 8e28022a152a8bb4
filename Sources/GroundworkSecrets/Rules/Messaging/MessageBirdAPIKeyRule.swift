extension SecretRule {
    /// MessageBird access keys: 25 alphanumerics next to a MessageBird name.
    static let messageBirdAPIKey = SecretRule(
        id: "messagebird-api-key",
        name: "MessageBird (Bird) API key",
        provider: "MessageBird",
        severity: .high,
        keywords: ["messagebird", "message_bird", "message-bird"],
        pattern: #"(?i:messagebird|message_bird|message\-bird)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{25})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://developers.messagebird.com/api/#authentication",
        truePositives: [
            "MESSAGEBIRD_API_KEY=" + ExampleSecret.base62(25, "messagebird-api-key/0/0")
        ],
        falsePositives: [
            "MESSAGEBIRD_API_KEY=<access key>"
        ]
    )
}
