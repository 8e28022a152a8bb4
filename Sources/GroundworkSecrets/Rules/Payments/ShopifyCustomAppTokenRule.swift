extension SecretRule {
    /// Shopify custom app access tokens: `shpca_` and 32 hexadecimal digits.
    static let shopifyCustomAppToken = SecretRule(
        id: "shopify-custom-app-token",
        name: "Shopify custom app access token",
        provider: "Shopify",
        severity: .critical,
        keywords: ["shpca_"],
        pattern: #"\b(shpca_[a-fA-F0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens",
        truePositives: [
            "SHOPIFY_TOKEN=shpca_" + ExampleSecret.hex(32, "shopify-custom-app-token/0/0")
        ],
        falsePositives: [
            "SHOPIFY_TOKEN=shpca_<token>"
        ]
    )
}
