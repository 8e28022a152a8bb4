extension SecretRule {
    /// EasyPost production API keys: `EZAK` and 54 hexadecimal digits (`EZTK` keys are test mode).
    static let easyPostAPIKey = SecretRule(
        id: "easypost-api-key",
        name: "EasyPost production API key",
        provider: "EasyPost",
        severity: .high,
        keywords: ["ezak"],
        pattern: #"\b(EZAK[a-f0-9]{54})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://www.easypost.com/account/api-keys",
        truePositives: [
            "EASYPOST_API_KEY=EZAK" + ExampleSecret.hex(54, "easypost-api-key/0/0")
        ],
        falsePositives: [
            "EASYPOST_API_KEY=EZTK<test key>"
        ]
    )
}
