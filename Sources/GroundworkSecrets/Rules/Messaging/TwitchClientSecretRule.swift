extension SecretRule {
    /// Twitch application client secrets: 30 lowercase alphanumerics next to a Twitch name.
    static let twitchClientSecret = SecretRule(
        id: "twitch-client-secret",
        name: "Twitch client secret",
        provider: "Twitch",
        severity: .high,
        keywords: ["twitch"],
        pattern: #"(?i:twitch)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-z0-9]{30})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://dev.twitch.tv/docs/authentication/register-app/",
        truePositives: [
            "TWITCH_CLIENT_SECRET=" + ExampleSecret.lowerAlphanumeric(30, "twitch-client-secret/0/0")
        ],
        falsePositives: [
            "TWITCH_CLIENT_SECRET=<client secret>"
        ]
    )
}
