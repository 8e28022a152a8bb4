extension SecretRule {
    /// Clojars deploy tokens: `CLOJARS_` and 60 lowercase alphanumerics.
    static let clojarsDeployToken = SecretRule(
        id: "clojars-deploy-token",
        name: "Clojars deploy token",
        provider: "Clojars",
        severity: .high,
        keywords: ["clojars_"],
        pattern: #"(?i:\b(CLOJARS_[a-z0-9]{60}))(?![a-z0-9])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://github.com/clojars/clojars-web/wiki/Deploy-Tokens",
        truePositives: [
            "CLOJARS_PASSWORD=CLOJARS_" + ExampleSecret.lowerAlphanumeric(60, "clojars-deploy-token/0/0")
        ],
        falsePositives: [
            "CLOJARS_PASSWORD=CLOJARS_<token>",
            "CLOJARS_USERNAME=acme",
        ]
    )
}
