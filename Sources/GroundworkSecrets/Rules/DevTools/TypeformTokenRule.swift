extension SecretRule {
    /// Typeform personal access tokens: `tfp_` and 59 characters.
    static let typeformToken = SecretRule(
        id: "typeform-token",
        name: "Typeform personal access token",
        provider: "Typeform",
        severity: .high,
        keywords: ["tfp_"],
        pattern: #"\b(tfp_[A-Za-z0-9_\-.=]{59})(?![A-Za-z0-9_\-.=])"#,
        minimumEntropy: 3.5,
        remediation: "https://www.typeform.com/developers/get-started/personal-access-token/",
        truePositives: [
            "TYPEFORM_TOKEN=tfp_" + ExampleSecret.base64URL(59, "typeform-token/0/0")
        ],
        falsePositives: [
            "TYPEFORM_TOKEN=tfp_<token>"
        ]
    )
}
