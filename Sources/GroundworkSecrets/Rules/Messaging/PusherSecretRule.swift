extension SecretRule {
    /// Pusher Channels app secrets: 20 hexadecimal digits next to a Pusher name.
    static let pusherSecret = SecretRule(
        id: "pusher-secret",
        name: "Pusher app secret",
        provider: "Pusher",
        severity: .high,
        keywords: ["pusher"],
        pattern: #"(?i:pusher)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{20})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://pusher.com/docs/channels/server_api/authenticating-users/",
        truePositives: [
            "PUSHER_APP_SECRET=" + ExampleSecret.hex(20, "pusher-secret/0/0")
        ],
        falsePositives: [
            "PUSHER_APP_SECRET=<secret>",
            "PUSHER_APP_CLUSTER=eu",
        ]
    )
}
