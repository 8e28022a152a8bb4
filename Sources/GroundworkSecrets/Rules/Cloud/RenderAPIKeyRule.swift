extension SecretRule {
    /// Render API keys: `rnd_` and 32 alphanumerics.
    static let renderAPIKey = SecretRule(
        id: "render-api-key",
        name: "Render API key",
        provider: "Render",
        severity: .high,
        keywords: ["rnd_"],
        pattern: #"\b(rnd_[A-Za-z0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://render.com/docs/api#1-create-an-api-key",
        truePositives: [
            "RENDER_API_KEY=rnd_" + ExampleSecret.base62(32, "render-api-key/0/0")
        ],
        falsePositives: [
            "RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "rnd_seed = 42",
        ]
    )
}
