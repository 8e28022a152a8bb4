extension SecretRule {
    /// Microsoft Teams incoming webhook URLs: anyone holding one can post into the channel.
    static let microsoftTeamsWebhook = SecretRule(
        id: "microsoft-teams-webhook",
        name: "Microsoft Teams incoming webhook URL",
        provider: "Microsoft",
        severity: .medium,
        keywords: ["webhook.office.com"],
        pattern: #"(https://[a-z0-9\-]+\.webhook\.office\.com/webhookb2/[a-z0-9\-]{36}@[a-z0-9\-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9\-]{36}(?:/[A-Za-z0-9_\-]{40,})?)"#,
        minimumEntropy: 3.0,
        remediation: "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
        truePositives: [
            "TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/" + ExampleSecret.uuid("microsoft-teams-webhook/0/0") + "@" + ExampleSecret.uuid("microsoft-teams-webhook/0/1")
                + "/IncomingWebhook/" + ExampleSecret.hex(32, "microsoft-teams-webhook/0/2") + "/" + ExampleSecret.uuid("microsoft-teams-webhook/0/3")
        ],
        falsePositives: [
            "TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/<id>/IncomingWebhook/<id>"
        ]
    )
}
