extension SecretRule {
    /// Fly.io OAuth (`fo1_`) and macaroon (`fm1r_`, `fm2_`) access tokens.
    static let flyIOToken = SecretRule(
        id: "flyio-token",
        name: "Fly.io access token",
        provider: "Fly.io",
        severity: .high,
        keywords: ["fo1_", "fm1r_", "fm2_"],
        pattern: #"\b(fo1_[A-Za-z0-9_\-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3})(?![A-Za-z0-9_\-+/=])"#,
        minimumEntropy: 3.5,
        remediation: "https://fly.io/docs/security/tokens/",
        truePositives: [
            "FLY_API_TOKEN=fo1_" + ExampleSecret.base64URL(43, "flyio-token/0/0"),
            "FLY_API_TOKEN=\"FlyV1 fm2_" + ExampleSecret.base64(180, "flyio-token/1/0") + "\"",
        ],
        falsePositives: [
            "FLY_API_TOKEN=fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
