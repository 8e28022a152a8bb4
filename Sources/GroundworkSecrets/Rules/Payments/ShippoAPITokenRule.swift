extension SecretRule {
    /// Shippo live API tokens: `shippo_live_` and 40 hexadecimal digits.
    static let shippoAPIToken = SecretRule(
        id: "shippo-api-token",
        name: "Shippo live API token",
        provider: "Shippo",
        severity: .high,
        keywords: ["shippo_live_"],
        pattern: #"\b(shippo_live_[a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.goshippo.com/docs/guides_general/authentication/",
        truePositives: [
            "SHIPPO_API_TOKEN=shippo_live_" + ExampleSecret.hex(40, "shippo-api-token/0/0")
        ],
        falsePositives: [
            "SHIPPO_API_TOKEN=shippo_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
