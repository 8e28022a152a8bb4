extension SecretRule {
    /// Plaid API secrets: 30 hexadecimal digits next to a Plaid name.
    static let plaidSecret = SecretRule(
        id: "plaid-secret",
        name: "Plaid secret",
        provider: "Plaid",
        severity: .critical,
        keywords: ["plaid"],
        pattern: #"(?i:plaid)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{30})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://dashboard.plaid.com/developers/keys",
        truePositives: [
            "PLAID_SECRET=" + ExampleSecret.hex(30, "plaid-secret/0/0")
        ],
        falsePositives: [
            "PLAID_SECRET=<secret>",
            "PLAID_ENV=sandbox",
        ]
    )
}
