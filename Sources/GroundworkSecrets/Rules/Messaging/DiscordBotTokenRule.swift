extension SecretRule {
    /// Discord bot tokens: a base64 user id, a timestamp and an HMAC, next to a Discord name or passed to
    /// `client.login(…)` / `bot.run(…)` (the shape alone is too common to report).
    static let discordBotToken = SecretRule(
        id: "discord-bot-token",
        name: "Discord bot token",
        provider: "Discord",
        severity: .critical,
        keywords: ["discord", ".login(", ".run("],
        pattern: #"(?:(?i:discord)|\.login\(|\.run\()[^\n]{0,80}?["\'`]?\b([MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://discord.com/developers/applications",
        truePositives: [
            "DISCORD_TOKEN=M" + ExampleSecret.base64URL(25, "discord-bot-token/0/0") + "." + ExampleSecret.base64URL(6, "discord-bot-token/0/1") + "."
                + ExampleSecret.base64URL(38, "discord-bot-token/0/2"),
            "client.login('N" + ExampleSecret.base64URL(23, "discord-bot-token/1/0") + "." + ExampleSecret.base64URL(6, "discord-bot-token/1/1") + "."
                + ExampleSecret.base64URL(27, "discord-bot-token/1/2") + "');",
            "bot.run(\"O" + ExampleSecret.base64URL(25, "discord-bot-token/2/0") + "." + ExampleSecret.base64URL(6, "discord-bot-token/2/1") + "."
                + ExampleSecret.base64URL(38, "discord-bot-token/2/2") + "\")",
        ],
        falsePositives: [
            "DISCORD_TOKEN=<your bot token>",
            "client.login(process.env.DISCORD_TOKEN);",
        ]
    )
}
