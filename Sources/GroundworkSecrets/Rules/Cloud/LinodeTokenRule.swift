extension SecretRule {
    /// Linode personal access tokens: 64 hexadecimal digits next to a Linode name.
    static let linodeToken = SecretRule(
        id: "linode-token",
        name: "Linode (Akamai) personal access token",
        provider: "Akamai Linode",
        severity: .high,
        keywords: ["linode"],
        pattern: #"(?i:linode)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://techdocs.akamai.com/cloud-computing/docs/manage-personal-access-tokens",
        truePositives: [
            "LINODE_TOKEN=" + ExampleSecret.hex(64, "linode-token/0/0")
        ],
        falsePositives: [
            "LINODE_TOKEN=<token>"
        ]
    )
}
