extension SecretRule {
    /// Binance API secret keys: 64 alphanumerics next to a Binance name.
    static let binanceAPISecret = SecretRule(
        id: "binance-api-secret",
        name: "Binance API secret",
        provider: "Binance",
        severity: .critical,
        keywords: ["binance"],
        pattern: #"(?i:binance)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://www.binance.com/en/support/faq/how-to-create-api-keys-on-binance-360002502072",
        truePositives: [
            "BINANCE_API_SECRET=" + ExampleSecret.base62(64, "binance-api-secret/0/0")
        ],
        falsePositives: [
            "BINANCE_API_SECRET=${BINANCE_SECRET}"
        ]
    )
}
