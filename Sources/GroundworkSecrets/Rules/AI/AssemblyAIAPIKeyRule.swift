extension SecretRule {
    /// AssemblyAI API keys: 32 hexadecimal digits next to the name AssemblyAI.
    static let assemblyAIAPIKey = SecretRule(
        id: "assemblyai-api-key",
        name: "AssemblyAI API key",
        provider: "AssemblyAI",
        severity: .high,
        keywords: ["assemblyai", "assembly_ai"],
        pattern: #"(?i:assemblyai|assembly_ai)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://www.assemblyai.com/app/account",
        truePositives: [
            "ASSEMBLYAI_API_KEY=" + ExampleSecret.hex(32, "assemblyai-api-key/0/0")
        ],
        falsePositives: [
            "aai.settings.api_key = os.getenv(\"ASSEMBLYAI_API_KEY\")"
        ]
    )
}
