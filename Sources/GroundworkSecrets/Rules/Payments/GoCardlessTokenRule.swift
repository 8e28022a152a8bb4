extension SecretRule {
    /// GoCardless live access tokens: `live_` and 40 characters next to a GoCardless name.
    static let goCardlessToken = SecretRule(
        id: "gocardless-access-token",
        name: "GoCardless access token",
        provider: "GoCardless",
        severity: .critical,
        keywords: ["gocardless"],
        pattern: #"(?i:gocardless)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(live_[A-Za-z0-9_\-=]{40})(?![A-Za-z0-9_\-=])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://developer.gocardless.com/getting-started/api/making-your-first-request",
        truePositives: [
            "GOCARDLESS_ACCESS_TOKEN=live_" + ExampleSecret.base64URL(40, "gocardless-access-token/0/0")
        ],
        falsePositives: [
            "GOCARDLESS_ACCESS_TOKEN=sandbox_xxxxxxxx"
        ]
    )
}
