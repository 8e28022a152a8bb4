extension SecretRule {
    /// Gitter access tokens: 40 hexadecimal digits next to a Gitter name.
    static let gitterToken = SecretRule(
        id: "gitter-token",
        name: "Gitter access token",
        provider: "Gitter",
        severity: .medium,
        keywords: ["gitter"],
        pattern: #"(?i:gitter)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://developer.gitter.im/docs/authentication",
        truePositives: [
            "GITTER_TOKEN=" + ExampleSecret.hex(40, "gitter-token/0/0")
        ],
        falsePositives: [
            "GITTER_TOKEN=<token>"
        ]
    )
}
