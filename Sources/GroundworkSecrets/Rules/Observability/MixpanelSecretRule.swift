extension SecretRule {
    /// Mixpanel project API secrets: 32 hexadecimal digits next to a Mixpanel name (project tokens are public).
    static let mixpanelSecret = SecretRule(
        id: "mixpanel-secret",
        name: "Mixpanel API secret",
        provider: "Mixpanel",
        severity: .medium,
        keywords: ["mixpanel"],
        pattern: #"(?i:mixpanel)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://docs.mixpanel.com/docs/orgs-and-projects/managing-projects",
        truePositives: [
            "MIXPANEL_API_SECRET=" + ExampleSecret.hex(32, "mixpanel-secret/0/0")
        ],
        falsePositives: [
            "MIXPANEL_API_SECRET=<secret>"
        ]
    )
}
