extension SecretRule {
    /// Sidekiq Pro and Enterprise gem server credentials (`user:password` for gems.contribsys.com).
    static let sidekiqCredentials = SecretRule(
        id: "sidekiq-credentials",
        name: "Sidekiq Pro/Enterprise gem credentials",
        provider: "Contributed Systems",
        severity: .high,
        keywords: ["contribsys"],
        pattern: #"(?i:contribsys)[^\n]{0,40}?\b([a-f0-9]{8}:[a-f0-9]{8})\b"#,
        minimumEntropy: 2.5,
        reportsInTestCode: false,
        remediation: "https://github.com/sidekiq/sidekiq/wiki/Commercial-FAQ",
        truePositives: [
            "BUNDLE_ENTERPRISE__CONTRIBSYS__COM=" + ExampleSecret.hex(8, "sidekiq-credentials/0/0") + ":" + ExampleSecret.hex(8, "sidekiq-credentials/0/1"),
            "BUNDLE_GEMS__CONTRIBSYS__COM: \"" + ExampleSecret.hex(8, "sidekiq-credentials/1/0") + ":" + ExampleSecret.hex(8, "sidekiq-credentials/1/1") + "\"",
        ],
        falsePositives: [
            "BUNDLE_GEMS__CONTRIBSYS__COM=<user>:<password>"
        ]
    )
}
