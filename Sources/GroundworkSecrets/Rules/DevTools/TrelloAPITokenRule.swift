extension SecretRule {
    /// Trello API tokens: `ATTA` tokens and the older 64 hexadecimal digits, next to a Trello name.
    static let trelloAPIToken = SecretRule(
        id: "trello-api-token",
        name: "Trello API token",
        provider: "Trello",
        severity: .high,
        keywords: ["trello"],
        pattern: #"(?i:trello)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(ATTA[A-Za-z0-9]{60,}|[a-f0-9]{64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/",
        truePositives: [
            "TRELLO_TOKEN=ATTA" + ExampleSecret.base62(64, "trello-api-token/0/0"),
            "TRELLO_TOKEN=" + ExampleSecret.hex(64, "trello-api-token/1/0"),
        ],
        falsePositives: [
            "TRELLO_TOKEN=<token>",
            "TRELLO_BOARD=acme-roadmap",
        ]
    )
}
