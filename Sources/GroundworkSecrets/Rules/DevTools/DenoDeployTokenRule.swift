extension SecretRule {
    /// Deno Deploy personal (`ddp_`) and organisation (`ddw_`) access tokens.
    static let denoDeployToken = SecretRule(
        id: "deno-deploy-token",
        name: "Deno Deploy access token",
        provider: "Deno",
        severity: .high,
        keywords: ["ddp_", "ddw_"],
        pattern: #"\b(dd[pw]_[A-Za-z0-9]{36})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.deno.com/deploy/manual/",
        truePositives: [
            "DENO_DEPLOY_TOKEN=ddp_" + ExampleSecret.base62(36, "deno-deploy-token/0/0")
        ],
        falsePositives: [
            "DENO_DEPLOY_TOKEN=ddp_<token>"
        ]
    )
}
