extension SecretRule {
    /// Resend API keys: `re_`, an 8-character id, `_` and 24 alphanumerics.
    static let resendAPIKey = SecretRule(
        id: "resend-api-key",
        name: "Resend API key",
        provider: "Resend",
        severity: .high,
        keywords: ["re_"],
        pattern: #"\b(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://resend.com/api-keys",
        truePositives: [
            "RESEND_API_KEY=re_" + ExampleSecret.base62(8, "resend-api-key/0/0") + "_" + ExampleSecret.base62(24, "resend-api-key/0/1")
        ],
        falsePositives: [
            "RESEND_API_KEY=re_123456789",
            "import re_compile from \"re\"",
        ]
    )
}
