extension SecretRule {
    /// Yandex Cloud API keys: `AQVN` and 35 to 38 characters.
    static let yandexAPIKey = SecretRule(
        id: "yandex-cloud-api-key",
        name: "Yandex Cloud API key",
        provider: "Yandex Cloud",
        severity: .high,
        keywords: ["aqvn"],
        pattern: #"\b(AQVN[A-Za-z0-9_\-]{35,38})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://yandex.cloud/en/docs/iam/operations/api-key/delete",
        truePositives: [
            "YC_API_KEY=AQVN" + ExampleSecret.base64URL(36, "yandex-cloud-api-key/0/0")
        ],
        falsePositives: [
            "YC_API_KEY=AQVN<key>"
        ]
    )
}
