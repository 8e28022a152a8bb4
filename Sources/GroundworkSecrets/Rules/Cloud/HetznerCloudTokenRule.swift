extension SecretRule {
    /// Hetzner Cloud API tokens: 64 alphanumerics next to a Hetzner or hcloud name.
    static let hetznerCloudToken = SecretRule(
        id: "hetzner-cloud-token",
        name: "Hetzner Cloud API token",
        provider: "Hetzner",
        severity: .high,
        keywords: ["hetzner", "hcloud"],
        pattern: #"(?i:hetzner|hcloud)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://docs.hetzner.cloud/#authentication",
        truePositives: [
            "HCLOUD_TOKEN=" + ExampleSecret.base62(64, "hetzner-cloud-token/0/0")
        ],
        falsePositives: [
            "HCLOUD_TOKEN=${HCLOUD_TOKEN}"
        ]
    )
}
