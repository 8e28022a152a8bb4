extension SecretRule {
    /// Heroku API keys: the `HRKU-AA` format, and the older UUIDs next to a Heroku name.
    static let herokuAPIKey = SecretRule(
        id: "heroku-api-key",
        name: "Heroku API key",
        provider: "Heroku",
        severity: .high,
        keywords: ["heroku", "hrku-"],
        pattern:
            #"\b(HRKU-AA[A-Za-z0-9_\-]{58})(?![A-Za-z0-9_\-])|(?i:heroku)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.0,
        remediation: "https://devcenter.heroku.com/articles/authentication",
        truePositives: [
            "HEROKU_API_KEY=" + ExampleSecret.uuid("heroku-api-key/0/0"),
            "HEROKU_API_KEY=HRKU-AA" + ExampleSecret.base64URL(58, "heroku-api-key/1/0"),
        ],
        falsePositives: [
            "HEROKU_API_KEY=<your-api-key>",
            "heroku_app: acme-staging",
        ]
    )
}
