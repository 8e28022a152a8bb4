extension SecretRule {
    /// Azure OpenAI (Azure AI services) keys: 32 hexadecimal digits next to an Azure OpenAI name.
    static let azureOpenAIKey = SecretRule(
        id: "azure-openai-key",
        name: "Azure OpenAI key",
        provider: "Microsoft Azure",
        severity: .high,
        keywords: ["azure_openai", "azure-openai", "azureopenai"],
        pattern: #"(?i:azure_openai|azure\-openai|azureopenai)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://learn.microsoft.com/en-us/azure/ai-services/rotate-keys",
        truePositives: [
            "AZURE_OPENAI_API_KEY=" + ExampleSecret.hex(32, "azure-openai-key/0/0"),
            "azure-openai-key: \"" + ExampleSecret.hex(32, "azure-openai-key/1/0") + "\"",
        ],
        falsePositives: [
            "AZURE_OPENAI_API_KEY=<key>",
            "AZURE_OPENAI_ENDPOINT=https://acme.openai.azure.com/",
        ]
    )
}
