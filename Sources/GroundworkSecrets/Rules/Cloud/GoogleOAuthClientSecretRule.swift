extension SecretRule {
    /// Google OAuth 2.0 client secrets: `GOCSPX-` and 28 URL-safe characters.
    static let googleOAuthClientSecret = SecretRule(
        id: "google-oauth-client-secret",
        name: "Google OAuth client secret",
        provider: "Google Cloud",
        severity: .high,
        keywords: ["gocspx-"],
        pattern: #"\b(GOCSPX-[A-Za-z0-9_\-]{28})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://support.google.com/cloud/answer/6158849",
        truePositives: [
            "GOOGLE_CLIENT_SECRET=GOCSPX-" + ExampleSecret.base64URL(28, "google-oauth-client-secret/0/0"),
            "\"client_secret\":\"GOCSPX-" + ExampleSecret.base64URL(28, "google-oauth-client-secret/1/0") + "\"",
        ],
        falsePositives: [
            "GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
