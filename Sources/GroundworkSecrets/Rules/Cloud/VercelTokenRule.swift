extension SecretRule {
    /// Vercel access tokens: the prefixed formats (`vcp_`, `vci_`…) and older 24 alphanumerics next to a Vercel name.
    static let vercelToken = SecretRule(
        id: "vercel-token",
        name: "Vercel access token",
        provider: "Vercel",
        severity: .high,
        keywords: ["vercel", "vcp_", "vci_", "vca_", "vcr_", "vck_"],
        pattern: #"\b(vc[pikar]_[A-Za-z0-9]{40,80})(?![A-Za-z0-9_\-])|(?i:vercel)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{24})(?![A-Za-z0-9_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.5,
        remediation: "https://vercel.com/account/tokens",
        truePositives: [
            "VERCEL_TOKEN=" + ExampleSecret.base62(24, "vercel-token/0/0"),
            "VERCEL_TOKEN=vcp_" + ExampleSecret.base62(56, "vercel-token/1/0"),
        ],
        falsePositives: [
            "VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}",
            "VERCEL_ORG_ID=team_acme",
        ]
    )
}
