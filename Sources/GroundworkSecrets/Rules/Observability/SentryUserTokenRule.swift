extension SecretRule {
    /// Sentry user auth tokens: `sntryu_` and 64 hexadecimal digits.
    static let sentryUserToken = SecretRule(
        id: "sentry-user-token",
        name: "Sentry user auth token",
        provider: "Sentry",
        severity: .high,
        keywords: ["sntryu_"],
        pattern: #"\b(sntryu_[a-f0-9]{64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.sentry.io/account/auth-tokens/",
        truePositives: [
            "SENTRY_AUTH_TOKEN=sntryu_" + ExampleSecret.hex(64, "sentry-user-token/0/0")
        ],
        falsePositives: [
            "SENTRY_AUTH_TOKEN=sntryu_<token>"
        ]
    )
}
