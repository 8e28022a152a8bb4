extension SecretRule {
    /// Doppler personal (`dp.pt.`), service (`dp.st.`), service account (`dp.sa.`), CLI, SCIM and audit tokens.
    static let dopplerToken = SecretRule(
        id: "doppler-token",
        name: "Doppler token",
        provider: "Doppler",
        severity: .critical,
        keywords: ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."],
        pattern: #"\b(dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9_\-]{40,44})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.doppler.com/docs/service-tokens",
        truePositives: [
            "DOPPLER_TOKEN=dp.st." + ExampleSecret.base62(43, "doppler-token/0/0"),
            "DOPPLER_TOKEN=dp.pt." + ExampleSecret.base62(43, "doppler-token/1/0"),
        ],
        falsePositives: [
            "DOPPLER_TOKEN=dp.st.<token>"
        ]
    )
}
