extension SecretRule {
    /// Hugging Face user (`hf_`) and organisation (`api_org_`) access tokens: 34 letters.
    static let huggingFaceToken = SecretRule(
        id: "huggingface-token",
        name: "Hugging Face access token",
        provider: "Hugging Face",
        severity: .high,
        keywords: ["hf_", "api_org_"],
        pattern: #"\b(hf_[A-Za-z]{34}|api_org_[A-Za-z]{34})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://huggingface.co/settings/tokens",
        truePositives: [
            "HF_TOKEN=hf_" + ExampleSecret.letters(34, "huggingface-token/0/0"),
            "login(token=\"api_org_" + ExampleSecret.letters(34, "huggingface-token/1/0") + "\")",
        ],
        falsePositives: [
            "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "from huggingface_hub import hf_hub_download",
        ]
    )
}
