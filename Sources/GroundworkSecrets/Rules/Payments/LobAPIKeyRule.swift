extension SecretRule {
    /// Lob live secret API keys: `live_` and 35 hexadecimal digits (`live_pub_` keys are publishable).
    static let lobAPIKey = SecretRule(
        id: "lob-api-key",
        name: "Lob live API key",
        provider: "Lob",
        severity: .high,
        keywords: ["live_"],
        pattern: #"(?<![A-Za-z0-9_])(live_[a-f0-9]{35})(?![A-Za-z0-9])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.lob.com/#section/Authentication",
        truePositives: [
            "LOB_API_KEY=live_" + ExampleSecret.hex(35, "lob-api-key/0/0")
        ],
        falsePositives: [
            "LOB_PUBLISHABLE_KEY=live_pub_0123456789abcdef0123456789abcde",
            "is_live_mode = true",
        ]
    )
}
