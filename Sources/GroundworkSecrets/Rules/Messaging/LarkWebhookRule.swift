extension SecretRule {
    /// Lark and Feishu custom bot webhook URLs.
    static let larkWebhook = SecretRule(
        id: "lark-webhook",
        name: "Lark / Feishu bot webhook URL",
        provider: "Lark (Feishu)",
        severity: .medium,
        keywords: ["open-apis/bot/v2/hook/"],
        pattern: #"(https://open\.(?:feishu\.cn|larksuite\.com)/open-apis/bot/v2/hook/[a-f0-9\-]{36})"#,
        minimumEntropy: 3.0,
        remediation: "https://open.larksuite.com/document/client-docs/bot-v3/add-custom-bot",
        truePositives: [
            "LARK_WEBHOOK=https://open.larksuite.com/open-apis/bot/v2/hook/" + ExampleSecret.uuid("lark-webhook/0/0")
        ],
        falsePositives: [
            "LARK_WEBHOOK=https://open.larksuite.com/open-apis/bot/v2/hook/xxxxxxxx"
        ]
    )
}
