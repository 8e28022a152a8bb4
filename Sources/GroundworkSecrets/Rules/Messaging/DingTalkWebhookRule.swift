extension SecretRule {
    /// DingTalk custom robot webhook tokens.
    static let dingTalkWebhook = SecretRule(
        id: "dingtalk-webhook",
        name: "DingTalk robot webhook URL",
        provider: "DingTalk",
        severity: .medium,
        keywords: ["oapi.dingtalk.com"],
        pattern: #"https://oapi\.dingtalk\.com/robot/send\?access_token=([a-f0-9]{64})"#,
        minimumEntropy: 3.0,
        remediation: "https://open.dingtalk.com/document/robots/custom-robot-access",
        truePositives: [
            "DINGTALK_WEBHOOK=https://oapi.dingtalk.com/robot/send?access_token=" + ExampleSecret.hex(64, "dingtalk-webhook/0/0")
        ],
        falsePositives: [
            "DINGTALK_WEBHOOK=https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}"
        ]
    )
}
