extension SecretRule {
    /// Harness personal (`pat.`) and service account (`sat.`) tokens.
    static let harnessAccessToken = SecretRule(
        id: "harness-access-token",
        name: "Harness API key or token",
        provider: "Harness",
        severity: .high,
        keywords: ["pat.", "sat."],
        pattern: #"\b((?:pat|sat)\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/",
        truePositives: [
            "HARNESS_API_KEY=pat." + ExampleSecret.base64URL(22, "harness-access-token/0/0") + "." + ExampleSecret.hex(24, "harness-access-token/0/1") + "."
                + ExampleSecret.base62(20, "harness-access-token/0/2")
        ],
        falsePositives: [
            "HARNESS_API_KEY=pat.<account>.<id>.<secret>"
        ]
    )
}
