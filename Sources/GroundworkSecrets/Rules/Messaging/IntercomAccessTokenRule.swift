extension SecretRule {
    /// Intercom access tokens: 60 or more base64 characters next to an Intercom name.
    static let intercomAccessToken = SecretRule(
        id: "intercom-access-token",
        name: "Intercom access token",
        provider: "Intercom",
        severity: .high,
        keywords: ["intercom"],
        pattern: #"(?i:intercom)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9+/_\-]{59,}={0,2})(?![A-Za-z0-9_\-+/=])"#,
        minimumEntropy: 4.0,
        reportsInTestCode: false,
        remediation: "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication",
        truePositives: [
            "INTERCOM_ACCESS_TOKEN=dG9rOj" + ExampleSecret.base64(54, "intercom-access-token/0/0") + "="
        ],
        falsePositives: [
            "INTERCOM_ACCESS_TOKEN=<access token>",
            "INTERCOM_APP_ID=abc12345",
        ]
    )
}
