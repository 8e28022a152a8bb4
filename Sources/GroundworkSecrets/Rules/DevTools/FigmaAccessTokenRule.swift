extension SecretRule {
    /// Figma personal access tokens: `figd_` and 40 URL-safe characters.
    static let figmaAccessToken = SecretRule(
        id: "figma-access-token",
        name: "Figma personal access token",
        provider: "Figma",
        severity: .high,
        keywords: ["figd_"],
        pattern: #"\b(figd_[A-Za-z0-9_\-]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://help.figma.com/hc/en-us/articles/8085703771159",
        truePositives: [
            "FIGMA_TOKEN=figd_" + ExampleSecret.base64URL(40, "figma-access-token/0/0")
        ],
        falsePositives: [
            "FIGMA_TOKEN=figd_<token>"
        ]
    )
}
