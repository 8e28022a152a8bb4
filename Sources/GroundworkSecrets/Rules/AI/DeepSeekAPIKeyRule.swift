extension SecretRule {
    /// DeepSeek API keys: `sk-` and 32 hexadecimal digits next to the name DeepSeek (the bare shape is too common).
    static let deepSeekAPIKey = SecretRule(
        id: "deepseek-api-key",
        name: "DeepSeek API key",
        provider: "DeepSeek",
        severity: .high,
        keywords: ["deepseek"],
        pattern: #"(?i:deepseek)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(sk-[a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://platform.deepseek.com/api_keys",
        truePositives: [
            "DEEPSEEK_API_KEY=sk-" + ExampleSecret.hex(32, "deepseek-api-key/0/0")
        ],
        falsePositives: [
            "DEEPSEEK_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
