extension SecretRule {
    /// The secret part of legacy Sentry DSNs (`https://public:secret@…sentry…`); a modern DSN holds only the
    /// public key, which browsers see anyway.
    static let sentryDSNSecret = SecretRule(
        id: "sentry-dsn-secret",
        name: "Sentry DSN secret key",
        provider: "Sentry",
        severity: .medium,
        keywords: ["sentry"],
        pattern: #"https://[a-f0-9]{32}:([a-f0-9]{32})@[A-Za-z0-9.\-]*(?i:sentry)"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
        truePositives: [
            "SENTRY_DSN=https://" + ExampleSecret.hex(32, "sentry-dsn-secret/0/0") + ":" + ExampleSecret.hex(32, "sentry-dsn-secret/0/1") + "@o12345.ingest.sentry.io/67890"
        ],
        falsePositives: [
            "SENTRY_DSN=https://0123456789abcdef0123456789abcdef@o12345.ingest.sentry.io/67890"
        ]
    )
}
