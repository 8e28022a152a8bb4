extension SecretRule {
    /// Pinecone API keys: `pcsk_`, a short key id, `_` and the secret.
    static let pineconeAPIKey = SecretRule(
        id: "pinecone-api-key",
        name: "Pinecone API key",
        provider: "Pinecone",
        severity: .high,
        keywords: ["pcsk_"],
        pattern: #"\b(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{60,70})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.pinecone.io/guides/projects/manage-api-keys",
        truePositives: [
            "PINECONE_API_KEY=pcsk_" + ExampleSecret.base62(6, "pinecone-api-key/0/0") + "_" + ExampleSecret.base62(63, "pinecone-api-key/0/1")
        ],
        falsePositives: [
            "PINECONE_API_KEY=pcsk_xxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
