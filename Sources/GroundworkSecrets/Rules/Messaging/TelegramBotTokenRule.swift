extension SecretRule {
    /// Telegram bot tokens: the bot id, `:AA` and 33 URL-safe characters.
    static let telegramBotToken = SecretRule(
        id: "telegram-bot-token",
        name: "Telegram bot token",
        provider: "Telegram",
        severity: .high,
        keywords: [":aa"],
        pattern: #"(?<![0-9])([0-9]{8,10}:AA[A-Za-z0-9_\-]{33})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://core.telegram.org/bots/features#botfather",
        truePositives: [
            "TELEGRAM_BOT_TOKEN=" + ExampleSecret.digits(10, "telegram-bot-token/0/0") + ":AA" + ExampleSecret.base64URL(33, "telegram-bot-token/0/1"),
            "bot = telebot.TeleBot(\"" + ExampleSecret.digits(9, "telegram-bot-token/1/0") + ":AA" + ExampleSecret.base64URL(33, "telegram-bot-token/1/1") + "\")",
        ],
        falsePositives: [
            "TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "TELEGRAM_BOT_TOKEN=<bot id>:<token>",
        ]
    )
}
