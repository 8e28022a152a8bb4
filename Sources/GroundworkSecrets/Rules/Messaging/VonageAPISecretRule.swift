extension SecretRule {
    /// Vonage (formerly Nexmo) API secrets: 16 alphanumerics next to a Vonage or Nexmo name.
    static let vonageAPISecret = SecretRule(
        id: "vonage-api-secret",
        name: "Vonage (Nexmo) API secret",
        provider: "Vonage",
        severity: .high,
        keywords: ["vonage", "nexmo"],
        pattern: #"(?i:vonage|nexmo)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{16})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.3,
        reportsInTestCode: false,
        remediation: "https://developer.vonage.com/en/account/secret-management",
        truePositives: [
            "VONAGE_API_SECRET=" + ExampleSecret.base62(16, "vonage-api-secret/0/0"),
            "NEXMO_API_SECRET=" + ExampleSecret.base62(16, "vonage-api-secret/1/0"),
        ],
        falsePositives: [
            "VONAGE_API_SECRET=<api secret>"
        ]
    )
}
