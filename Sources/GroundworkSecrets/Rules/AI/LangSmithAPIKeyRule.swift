extension SecretRule {
    /// LangSmith personal (`lsv2_pt_`) and service (`lsv2_sk_`) keys.
    static let langSmithAPIKey = SecretRule(
        id: "langsmith-api-key",
        name: "LangSmith API key",
        provider: "LangChain",
        severity: .high,
        keywords: ["lsv2_"],
        pattern: #"\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://smith.langchain.com/settings",
        truePositives: [
            "LANGCHAIN_API_KEY=lsv2_pt_" + ExampleSecret.hex(32, "langsmith-api-key/0/0") + "_" + ExampleSecret.hex(10, "langsmith-api-key/0/1")
        ],
        falsePositives: [
            "LANGCHAIN_API_KEY=lsv2_pt_..."
        ]
    )
}
