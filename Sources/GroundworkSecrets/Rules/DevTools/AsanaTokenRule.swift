extension SecretRule {
    /// Asana personal access tokens: `1/` or `2/`, numeric ids, `:` and 32 characters, next to an Asana name.
    static let asanaToken = SecretRule(
        id: "asana-token",
        name: "Asana personal access token",
        provider: "Asana",
        severity: .high,
        keywords: ["asana"],
        pattern: #"(?i:asana)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9]/[0-9]{16}(?:/[0-9]{16})?:[A-Za-z0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://developers.asana.com/docs/personal-access-token",
        truePositives: [
            "ASANA_ACCESS_TOKEN=2/" + ExampleSecret.digits(16, "asana-token/0/0") + "/" + ExampleSecret.digits(16, "asana-token/0/1") + ":" + ExampleSecret.hex(32, "asana-token/0/2"),
            "ASANA_PAT=1/" + ExampleSecret.digits(16, "asana-token/1/0") + ":" + ExampleSecret.base62(32, "asana-token/1/1"),
        ],
        falsePositives: [
            "ASANA_ACCESS_TOKEN=<personal access token>"
        ]
    )
}
