extension SecretRule {
    /// OpenAI API keys: project (`sk-proj-`), service-account (`sk-svcacct-`), admin (`sk-admin-`) and legacy user keys,
    /// all of which carry `T3BlbkFJ` (base64 of "OpenAI") in the middle.
    static let openAIAPIKey = SecretRule(
        id: "openai-api-key",
        name: "OpenAI API key",
        provider: "OpenAI",
        severity: .critical,
        keywords: ["t3blbkfj", "sk-proj-", "sk-svcacct-", "sk-admin-"],
        pattern: #"\b(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,}|sk-(?:[A-Za-z0-9_\-]{1,40}-)?[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9_\-]{20,})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://platform.openai.com/api-keys",
        truePositives: [
            "OPENAI_API_KEY=sk-proj-" + ExampleSecret.base64URL(74, "openai-api-key/0/0") + "T3BlbkFJ" + ExampleSecret.base64URL(74, "openai-api-key/0/1"),
            "client = OpenAI(api_key=\"sk-svcacct-" + ExampleSecret.base64URL(74, "openai-api-key/1/0") + "T3BlbkFJ" + ExampleSecret.base64URL(74, "openai-api-key/1/1") + "\")",
            "openai.api_key = \"sk-" + ExampleSecret.base62(20, "openai-api-key/2/0") + "T3BlbkFJ" + ExampleSecret.base62(20, "openai-api-key/2/1") + "\"",
        ],
        falsePositives: [
            "OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "OPENAI_API_KEY=sk-...",
            "api_key=os.environ[\"OPENAI_API_KEY\"]",
        ]
    )
}
