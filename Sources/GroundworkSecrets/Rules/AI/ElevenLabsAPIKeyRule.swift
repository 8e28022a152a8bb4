extension SecretRule {
    /// ElevenLabs API keys: hexadecimal, optionally `sk_`, next to an ElevenLabs name or the `xi-api-key` header.
    static let elevenLabsAPIKey = SecretRule(
        id: "elevenlabs-api-key",
        name: "ElevenLabs API key",
        provider: "ElevenLabs",
        severity: .high,
        keywords: ["elevenlabs", "xi-api-key", "xi_api_key"],
        pattern: #"(?i:elevenlabs|xi\-api\-key|xi_api_key)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?((?:sk_)?[a-f0-9]{32,48})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://elevenlabs.io/app/settings/api-keys",
        truePositives: [
            "ELEVENLABS_API_KEY=sk_" + ExampleSecret.hex(48, "elevenlabs-api-key/0/0"),
            "headers = {\"xi-api-key\": \"" + ExampleSecret.hex(32, "elevenlabs-api-key/1/0") + "\"}",
        ],
        falsePositives: [
            "ELEVENLABS_API_KEY=your_api_key"
        ]
    )
}
