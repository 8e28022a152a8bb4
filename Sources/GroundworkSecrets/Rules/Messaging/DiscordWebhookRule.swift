extension SecretRule {
    /// Discord webhook URLs: anyone holding one can post into the channel.
    static let discordWebhook = SecretRule(
        id: "discord-webhook",
        name: "Discord webhook URL",
        provider: "Discord",
        severity: .medium,
        keywords: ["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"],
        pattern: #"(https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_\-]{60,68})"#,
        minimumEntropy: 3.5,
        remediation: "https://support.discord.com/hc/en-us/articles/228383668",
        truePositives: [
            "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/" + ExampleSecret.digits(19, "discord-webhook/0/0") + "/" + ExampleSecret.base64URL(68, "discord-webhook/0/1")
        ],
        falsePositives: [
            "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>"
        ]
    )
}
