extension SecretRule {
    /// Shopify Admin API access tokens: `shpat_` and 32 hexadecimal digits.
    static let shopifyAccessToken = SecretRule(
        id: "shopify-access-token",
        name: "Shopify Admin API access token",
        provider: "Shopify",
        severity: .critical,
        keywords: ["shpat_"],
        pattern: #"\b(shpat_[a-fA-F0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens",
        truePositives: [
            "SHOPIFY_ACCESS_TOKEN=shpat_" + ExampleSecret.hex(32, "shopify-access-token/0/0")
        ],
        falsePositives: [
            "SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
