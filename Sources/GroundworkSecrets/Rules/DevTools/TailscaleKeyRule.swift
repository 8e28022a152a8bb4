extension SecretRule {
    /// Tailscale auth keys, API keys and OAuth client secrets (`tskey-…`).
    static let tailscaleKey = SecretRule(
        id: "tailscale-key",
        name: "Tailscale auth or API key",
        provider: "Tailscale",
        severity: .critical,
        keywords: ["tskey-"],
        pattern: #"\b(tskey-(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{10,}-[A-Za-z0-9]{20,})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://tailscale.com/kb/1085/auth-keys",
        truePositives: [
            "TS_AUTHKEY=tskey-auth-" + ExampleSecret.base62(17, "tailscale-key/0/0") + "-" + ExampleSecret.base62(33, "tailscale-key/0/1")
        ],
        falsePositives: [
            "TS_AUTHKEY=tskey-auth-<key>"
        ]
    )
}
