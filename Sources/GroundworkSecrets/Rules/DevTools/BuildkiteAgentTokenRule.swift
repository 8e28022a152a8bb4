extension SecretRule {
    /// Buildkite agent registration tokens, next to the agent token name.
    static let buildkiteAgentToken = SecretRule(
        id: "buildkite-agent-token",
        name: "Buildkite agent token",
        provider: "Buildkite",
        severity: .high,
        keywords: ["buildkite_agent_token", "buildkite-agent-token"],
        pattern: #"(?i:buildkite_agent_token|buildkite\-agent\-token)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?((?:bkct_)?[a-z0-9]{50})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://buildkite.com/docs/agent/v3/tokens",
        truePositives: [
            "BUILDKITE_AGENT_TOKEN=" + ExampleSecret.lowerAlphanumeric(50, "buildkite-agent-token/0/0")
        ],
        falsePositives: [
            "BUILDKITE_AGENT_TOKEN=<agent token>"
        ]
    )
}
