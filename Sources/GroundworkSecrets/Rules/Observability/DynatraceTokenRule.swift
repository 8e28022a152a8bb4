extension SecretRule {
    /// Dynatrace API and platform tokens: `dt0c01.` (or `dt0s…`), a 24-character id and a 64-character secret.
    static let dynatraceToken = SecretRule(
        id: "dynatrace-token",
        name: "Dynatrace API token",
        provider: "Dynatrace",
        severity: .high,
        keywords: ["dt0c01.", "dt0s01.", "dt0s16."],
        pattern: #"\b(dt0[cs][0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.dynatrace.com/docs/manage/access-control/access-tokens",
        truePositives: [
            "DT_API_TOKEN=dt0c01." + ExampleSecret.upperAlphanumeric(24, "dynatrace-token/0/0") + "." + ExampleSecret.upperAlphanumeric(64, "dynatrace-token/0/1")
        ],
        falsePositives: [
            "DT_API_TOKEN=dt0c01.<token>"
        ]
    )
}
