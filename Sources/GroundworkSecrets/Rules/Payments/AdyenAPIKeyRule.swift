extension SecretRule {
    /// Adyen API keys: `AQE` and a long base64 tail, next to an Adyen name.
    static let adyenAPIKey = SecretRule(
        id: "adyen-api-key",
        name: "Adyen API key",
        provider: "Adyen",
        severity: .critical,
        keywords: ["adyen"],
        pattern: #"(?i:adyen)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(AQE[A-Za-z0-9+/=_.\-]{60,})(?![A-Za-z0-9+/=_.\-])"#,
        minimumEntropy: 4.0,
        reportsInTestCode: false,
        remediation: "https://docs.adyen.com/development-resources/api-credentials/",
        truePositives: [
            "ADYEN_API_KEY=AQE" + ExampleSecret.base64(40, "adyen-api-key/0/0") + "." + ExampleSecret.base64URL(40, "adyen-api-key/0/1")
        ],
        falsePositives: [
            "ADYEN_API_KEY=<api key>",
            "ADYEN_MERCHANT_ACCOUNT=AcmeECOM",
        ]
    )
}
