extension SecretRule {
    /// Datadog API keys: 32 hexadecimal digits next to a Datadog name or the `DD-API-KEY` header. Browser client
    /// tokens (`clientToken: 'pub…'`) are public by design: matched and marked public, so no other rule reports them.
    static let datadogAPIKey = SecretRule(
        id: "datadog-api-key",
        name: "Datadog API key",
        provider: "Datadog",
        severity: .high,
        keywords: ["datadog", "dd_api_key", "dd-api-key", "dd_app_key", "dd-app-key", "dd_application_key", "dd-application-key", "clienttoken", "client_token"],
        pattern:
            #"(?i:datadog|dd_api_key|dd\-api\-key|dd_app_key|dd\-app\-key|dd_application_key|dd\-application\-key)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32})(?![A-Za-z0-9_\-])|(?i:client_?token)["\']?\s*[:=]\s*["\']?(pub[a-f0-9]{32})\b"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://docs.datadoghq.com/account_management/api-app-keys/",
        truePositives: [
            "DD_API_KEY=" + ExampleSecret.hex(32, "datadog-api-key/0/0"),
            "datadogApiKey: \"" + ExampleSecret.hex(32, "datadog-api-key/1/0") + "\",",
            "headers = {\"DD-API-KEY\": \"" + ExampleSecret.hex(32, "datadog-api-key/2/0") + "\"}",
        ],
        falsePositives: [
            "DD_API_KEY=<DATADOG_API_KEY>",
            "DD_SITE=datadoghq.eu",
        ],
        refine: markingPublic { $0.group == 2 }
    )
}
