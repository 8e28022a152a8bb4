extension SecretRule {
    /// Postmark server and account tokens: UUIDs next to a Postmark name.
    static let postmarkServerToken = SecretRule(
        id: "postmark-server-token",
        name: "Postmark server token",
        provider: "Postmark",
        severity: .high,
        keywords: ["postmark"],
        pattern:
            #"(?i:postmark)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://postmarkapp.com/support/article/1008-what-are-the-account-and-server-api-tokens",
        truePositives: [
            "POSTMARK_SERVER_TOKEN=" + ExampleSecret.uuid("postmark-server-token/0/0"),
            "client = postmark.ServerClient(\"" + ExampleSecret.uuid("postmark-server-token/1/0") + "\")",
        ],
        falsePositives: [
            "POSTMARK_SERVER_TOKEN=<server token>"
        ]
    )
}
