extension SecretRule {
    /// ClickUp personal API tokens: `pk_`, the user id, `_` and 32 uppercase alphanumerics.
    static let clickUpAPIToken = SecretRule(
        id: "clickup-api-token",
        name: "ClickUp personal API token",
        provider: "ClickUp",
        severity: .high,
        keywords: ["pk_"],
        pattern: #"\b(pk_[0-9]{6,10}_[A-Z0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://clickup.com/api/developer-portal/authentication/",
        truePositives: [
            "CLICKUP_API_TOKEN=pk_" + ExampleSecret.digits(8, "clickup-api-token/0/0") + "_" + ExampleSecret.upperAlphanumeric(32, "clickup-api-token/0/1")
        ],
        falsePositives: [
            "CLICKUP_API_TOKEN=pk_<token>",
            "user = User.objects.get(pk_id=42)",
        ]
    )
}
