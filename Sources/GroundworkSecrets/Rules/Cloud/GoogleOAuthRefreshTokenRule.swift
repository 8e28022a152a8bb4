extension SecretRule {
    /// Google OAuth 2.0 refresh tokens: `1//0` and a long URL-safe tail; they do not expire on their own.
    static let googleOAuthRefreshToken = SecretRule(
        id: "google-oauth-refresh-token",
        name: "Google OAuth refresh token",
        provider: "Google Cloud",
        severity: .high,
        keywords: ["1//0"],
        pattern: #"(?<![A-Za-z0-9:/])(1//0[A-Za-z0-9_\-]{40,})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke",
        truePositives: [
            "\"refresh_token\": \"1//0" + ExampleSecret.base64URL(100, "google-oauth-refresh-token/0/0") + "\""
        ],
        falsePositives: [
            "\"refresh_token\": \"1//0<refresh token>\""
        ]
    )
}
