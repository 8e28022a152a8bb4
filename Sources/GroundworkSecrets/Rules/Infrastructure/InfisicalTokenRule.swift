extension SecretRule {
    /// Infisical service tokens: `st.` and three hexadecimal parts.
    static let infisicalToken = SecretRule(
        id: "infisical-token",
        name: "Infisical service token",
        provider: "Infisical",
        severity: .critical,
        // The keyword with the first hexadecimal digit: `request.get(` and `list.map` hold `st.` too.
        keywords: SecretRule.keywords(["st."], followedByOneOf: "0123456789abcdef"),
        pattern: #"\b(st\.[a-f0-9]{24}\.[a-f0-9]{32}\.[a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://infisical.com/docs/documentation/platform/token",
        truePositives: [
            "INFISICAL_TOKEN=st." + ExampleSecret.hex(24, "infisical-token/0/0") + "." + ExampleSecret.hex(32, "infisical-token/0/1") + "." + ExampleSecret.hex(32, "infisical-token/0/2")
        ],
        falsePositives: [
            "INFISICAL_TOKEN=st.<token>"
        ]
    )
}
