extension SecretRule {
    /// Duffel live access tokens: `duffel_live_` and 43 characters.
    static let duffelAPIToken = SecretRule(
        id: "duffel-api-token",
        name: "Duffel live access token",
        provider: "Duffel",
        severity: .high,
        keywords: ["duffel_live_"],
        pattern: #"\b(duffel_live_[A-Za-z0-9_\-=]{43})(?![A-Za-z0-9_\-=])"#,
        minimumEntropy: 3.5,
        remediation: "https://duffel.com/docs/api/overview/making-requests/authentication",
        truePositives: [
            "DUFFEL_ACCESS_TOKEN=duffel_live_" + ExampleSecret.base64URL(43, "duffel-api-token/0/0")
        ],
        falsePositives: [
            "DUFFEL_ACCESS_TOKEN=duffel_test_xxxxxxxxxxxxxxxx"
        ]
    )
}
