// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// Slack bot, user, app, refresh and legacy tokens: `xox[baprs]-`, numeric ids, then a random tail; and the
    /// legacy workspace app (`xoxa-`) and refresh (`xoxr-`) tokens, whose tail follows a one-digit version or
    /// nothing at all (`xoxa-2-…`, `xoxr-…`).
    static let slackToken = SecretRule(
        id: "slack-token",
        name: "Slack token",
        severity: .high,
        keywords: ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"],
        pattern: #"\b(xox[baprs]-(?:[0-9]{6,}-){1,3}[0-9A-Za-z]{10,}|xox[ar]-(?:[0-9]-)?[0-9A-Za-z]{8,48})(?![0-9A-Za-z\-])"#,
        minimumEntropy: 3.0,
        truePositives: [
            "SLACK_BOT_TOKEN=" + "xoxb-" + "263594206564-2343446780417-" + "oOnzyw2MzP0ZvzOMhfWuBByR",
            "slack.token = '" + "xoxp-" + "263594206564-263594206565-2343446780417-" + "ed440e50454f31af3176813e02ea68ef'",
            "SLACK_APP_TOKEN=" + "xoxa-2-" + "Q7mW2kR9vXp4LzT8nB3c",
            "refresh_token: " + "xoxr-" + "f3Kp9QzL2mVx7RtB",
            "\"token\": \"" + "xoxa-" + "584720193-30495827163-3849201756384-" + "e039d02840a0b9379c\"",
        ],
        falsePositives: [
            "SLACK_BOT_TOKEN=xoxb-your-bot-token",
            "SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
            "SLACK_APP_TOKEN=xoxa-2-xxxxxxxxxxxxxxxx",
            "refresh_token: xoxr-aaaaaaaaaaaa",
            "// tokens start with xoxa- or xoxr- for legacy apps",
        ]
    )

    /// Slack incoming webhooks: anyone holding the URL can post into the channel.
    static let slackWebhook = SecretRule(
        id: "slack-webhook",
        name: "Slack webhook URL",
        severity: .medium,
        keywords: ["hooks.slack.com"],
        pattern: #"(https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_\-]+/[A-Za-z0-9_\-]+/[A-Za-z0-9_\-/]{8,})"#,
        truePositives: [
            "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/" + "T04R7KQ2M/B05L9XN3P/" + "eQMsm9Wcz7uW9XFOGOeMVNen"
        ],
        falsePositives: [
            "webhook: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
            "See https://hooks.slack.com/services/ for how to create one.",
        ]
    )
}
