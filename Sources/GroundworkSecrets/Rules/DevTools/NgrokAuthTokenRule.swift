extension SecretRule {
    /// ngrok authtokens and API keys next to an ngrok name.
    static let ngrokAuthToken = SecretRule(
        id: "ngrok-authtoken",
        name: "ngrok authtoken or API key",
        provider: "ngrok",
        severity: .high,
        keywords: ["ngrok"],
        pattern: #"(?i:ngrok)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9A-Za-z]{25,27}_[0-9A-Za-z]{20,21})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://dashboard.ngrok.com/get-started/your-authtoken",
        truePositives: [
            "NGROK_AUTHTOKEN=2" + ExampleSecret.base62(26, "ngrok-authtoken/0/0") + "_" + ExampleSecret.base62(21, "ngrok-authtoken/0/1")
        ],
        falsePositives: [
            "NGROK_AUTHTOKEN=<authtoken>"
        ]
    )
}
