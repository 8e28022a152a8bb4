extension SecretRule {
    /// Pulumi Cloud access tokens: `pul-` and 40 hexadecimal digits.
    static let pulumiAccessToken = SecretRule(
        id: "pulumi-access-token",
        name: "Pulumi access token",
        provider: "Pulumi",
        severity: .critical,
        keywords: ["pul-"],
        pattern: #"\b(pul-[a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/",
        truePositives: [
            "PULUMI_ACCESS_TOKEN=pul-" + ExampleSecret.hex(40, "pulumi-access-token/0/0")
        ],
        falsePositives: [
            "PULUMI_ACCESS_TOKEN=pul-<token>"
        ]
    )
}
