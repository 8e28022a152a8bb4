extension SecretRule {
    /// Sentry organization auth tokens: `sntrys_` and a base64 JSON payload.
    static let sentryOrgToken = SecretRule(
        id: "sentry-org-token",
        name: "Sentry organization auth token",
        provider: "Sentry",
        severity: .high,
        keywords: ["sntrys_"],
        pattern: #"\b(sntrys_eyJ[A-Za-z0-9+/=_\-]{60,})(?![A-Za-z0-9+/=_\-])"#,
        minimumEntropy: 4.0,
        remediation: "https://docs.sentry.io/account/auth-tokens/",
        truePositives: [
            "SENTRY_AUTH_TOKEN=sntrys_eyJ" + ExampleSecret.base64(120, "sentry-org-token/0/0")
        ],
        falsePositives: [
            "SENTRY_AUTH_TOKEN=sntrys_<token>"
        ]
    )
}
