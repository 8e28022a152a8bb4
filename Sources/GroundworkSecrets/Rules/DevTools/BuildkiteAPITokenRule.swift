extension SecretRule {
    /// Buildkite user API access tokens: `bkua_` and 40 hexadecimal digits.
    static let buildkiteAPIToken = SecretRule(
        id: "buildkite-api-token",
        name: "Buildkite API access token",
        provider: "Buildkite",
        severity: .high,
        keywords: ["bkua_"],
        pattern: #"\b(bkua_[a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://buildkite.com/docs/apis/managing-api-tokens",
        truePositives: [
            "BUILDKITE_API_TOKEN=bkua_" + ExampleSecret.hex(40, "buildkite-api-token/0/0")
        ],
        falsePositives: [
            "BUILDKITE_API_TOKEN=bkua_<token>"
        ]
    )
}
