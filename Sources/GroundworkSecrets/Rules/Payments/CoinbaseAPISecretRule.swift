extension SecretRule {
    /// Coinbase API secrets: base64 next to a Coinbase name (newer keys are EC private keys, found by `private-key`).
    static let coinbaseAPISecret = SecretRule(
        id: "coinbase-api-secret",
        name: "Coinbase API secret",
        provider: "Coinbase",
        severity: .critical,
        keywords: ["coinbase"],
        pattern: #"(?i:coinbase)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9_\-+/=])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys",
        truePositives: [
            "COINBASE_API_SECRET=" + ExampleSecret.base62(32, "coinbase-api-secret/0/0")
        ],
        falsePositives: [
            "COINBASE_API_SECRET=<secret>",
            "COINBASE_API_KEY_NAME=organizations/acme/apiKeys/1",
        ]
    )
}
