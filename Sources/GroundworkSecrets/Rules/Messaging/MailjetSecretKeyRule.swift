extension SecretRule {
    /// Mailjet API secret keys: 32 hexadecimal digits next to a Mailjet name.
    static let mailjetSecretKey = SecretRule(
        id: "mailjet-secret-key",
        name: "Mailjet secret key",
        provider: "Mailjet",
        severity: .high,
        keywords: ["mailjet", "mj_apikey_private"],
        pattern: #"(?i:mailjet|mj_apikey_private)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://app.mailjet.com/account/apikeys",
        truePositives: [
            "MAILJET_SECRET_KEY=" + ExampleSecret.hex(32, "mailjet-secret-key/0/0"),
            "MJ_APIKEY_PRIVATE=" + ExampleSecret.hex(32, "mailjet-secret-key/1/0"),
        ],
        falsePositives: [
            "MAILJET_SECRET_KEY=<secret key>"
        ]
    )
}
