extension SecretRule {
    /// Dropbox short-lived access tokens: `sl.` and a long URL-safe tail.
    static let dropboxAccessToken = SecretRule(
        id: "dropbox-access-token",
        name: "Dropbox access token",
        provider: "Dropbox",
        severity: .high,
        keywords: ["sl."],
        pattern: #"\b(sl\.(?:u\.)?[A-Za-z0-9_\-]{130,})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://developers.dropbox.com/oauth-guide",
        truePositives: [
            "DROPBOX_ACCESS_TOKEN=sl." + ExampleSecret.base64URL(140, "dropbox-access-token/0/0")
        ],
        falsePositives: [
            "DROPBOX_ACCESS_TOKEN=sl.<token>",
            "ssl.verify = false",
        ]
    )
}
