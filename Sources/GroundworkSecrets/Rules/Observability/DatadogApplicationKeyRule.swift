extension SecretRule {
    /// Datadog application keys: 40 hexadecimal digits next to a Datadog name.
    static let datadogApplicationKey = SecretRule(
        id: "datadog-application-key",
        name: "Datadog application key",
        provider: "Datadog",
        severity: .high,
        keywords: ["datadog", "dd_api_key", "dd-api-key", "dd_app_key", "dd-app-key", "dd_application_key", "dd-application-key"],
        pattern:
            #"(?i:datadog|dd_api_key|dd\-api\-key|dd_app_key|dd\-app\-key|dd_application_key|dd\-application\-key)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?((?:ddapp_)?[a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://docs.datadoghq.com/account_management/api-app-keys/",
        truePositives: [
            "DD_APP_KEY=" + ExampleSecret.hex(40, "datadog-application-key/0/0"),
            "DD_APPLICATION_KEY=ddapp_" + ExampleSecret.hex(40, "datadog-application-key/1/0"),
        ],
        falsePositives: [
            "DD_APP_KEY=<DATADOG_APP_KEY>"
        ]
    )
}
