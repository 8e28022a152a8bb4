extension SecretRule {
    /// KuCoin API secrets: UUIDs next to a KuCoin name.
    static let kuCoinAPISecret = SecretRule(
        id: "kucoin-api-secret",
        name: "KuCoin API secret",
        provider: "KuCoin",
        severity: .critical,
        keywords: ["kucoin"],
        pattern: #"(?i:kucoin)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request",
        truePositives: [
            "KUCOIN_API_SECRET=" + ExampleSecret.uuid("kucoin-api-secret/0/0")
        ],
        falsePositives: [
            "KUCOIN_API_SECRET=<secret>"
        ]
    )
}
