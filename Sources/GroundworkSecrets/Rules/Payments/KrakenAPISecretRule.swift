extension SecretRule {
    /// Kraken API private keys: about 88 base64 characters next to a Kraken name.
    static let krakenAPISecret = SecretRule(
        id: "kraken-api-secret",
        name: "Kraken API private key",
        provider: "Kraken",
        severity: .critical,
        keywords: ["kraken"],
        pattern: #"(?i:kraken)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9/+]{80,90}={0,2})(?![A-Za-z0-9_\-+/=])"#,
        minimumEntropy: 4.0,
        reportsInTestCode: false,
        remediation: "https://support.kraken.com/hc/en-us/articles/360000919966",
        truePositives: [
            "KRAKEN_PRIVATE_KEY=" + ExampleSecret.base64(86, "kraken-api-secret/0/0") + "=="
        ],
        falsePositives: [
            "KRAKEN_PRIVATE_KEY=<private key>"
        ]
    )
}
