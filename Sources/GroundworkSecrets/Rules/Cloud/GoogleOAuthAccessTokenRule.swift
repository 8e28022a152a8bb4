extension SecretRule {
    /// Google OAuth 2.0 access tokens: `ya29.` and a long URL-safe tail. Short-lived, but a log or a fixture keeps them.
    static let googleOAuthAccessToken = SecretRule(
        id: "google-oauth-access-token",
        name: "Google OAuth access token",
        provider: "Google Cloud",
        severity: .medium,
        keywords: ["ya29."],
        pattern: #"\b(ya29\.[A-Za-z0-9_\-]{30,})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke",
        truePositives: [
            "Authorization: Bearer ya29." + ExampleSecret.base64URL(150, "google-oauth-access-token/0/0")
        ],
        falsePositives: [
            "Authorization: Bearer ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
