extension SecretRule {
    /// Backblaze B2 application keys: `K`, three digits and 27 base64 characters next to a B2 name.
    static let backblazeApplicationKey = SecretRule(
        id: "backblaze-application-key",
        name: "Backblaze B2 application key",
        provider: "Backblaze",
        severity: .high,
        keywords: ["backblaze", "b2_application_key", "b2_app_key", "b2-application-key"],
        pattern:
            #"(?i:backblaze|b2_application_key|b2_app_key|b2\-application\-key)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(K[0-9]{3}[A-Za-z0-9+/]{27})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://www.backblaze.com/docs/cloud-storage-application-keys",
        truePositives: [
            "B2_APPLICATION_KEY=K005" + ExampleSecret.base62(27, "backblaze-application-key/0/0")
        ],
        falsePositives: [
            "B2_APPLICATION_KEY=<application key>"
        ]
    )
}
