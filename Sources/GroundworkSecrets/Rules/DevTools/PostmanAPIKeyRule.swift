extension SecretRule {
    /// Postman API keys: `PMAK-`, 24 and 34 hexadecimal digits.
    static let postmanAPIKey = SecretRule(
        id: "postman-api-key",
        name: "Postman API key",
        provider: "Postman",
        severity: .high,
        keywords: ["pmak-"],
        pattern: #"\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://learning.postman.com/docs/developer/postman-api/authentication/",
        truePositives: [
            "POSTMAN_API_KEY=PMAK-" + ExampleSecret.hex(24, "postman-api-key/0/0") + "-" + ExampleSecret.hex(34, "postman-api-key/0/1")
        ],
        falsePositives: [
            "POSTMAN_API_KEY=PMAK-<key>"
        ]
    )
}
