extension SecretRule {
    /// PlanetScale service tokens (`pscale_tkn_`), database passwords (`pscale_pw_`) and OAuth tokens.
    static let planetScaleToken = SecretRule(
        id: "planetscale-token",
        name: "PlanetScale token or password",
        provider: "PlanetScale",
        severity: .critical,
        keywords: ["pscale_"],
        pattern: #"\b(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_\-.=]{32,64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://planetscale.com/docs/concepts/service-tokens",
        truePositives: [
            "PLANETSCALE_SERVICE_TOKEN=pscale_tkn_" + ExampleSecret.base64URL(43, "planetscale-token/0/0"),
            "DATABASE_PASSWORD=pscale_pw_" + ExampleSecret.base64URL(43, "planetscale-token/1/0"),
        ],
        falsePositives: [
            "PLANETSCALE_SERVICE_TOKEN=pscale_tkn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
