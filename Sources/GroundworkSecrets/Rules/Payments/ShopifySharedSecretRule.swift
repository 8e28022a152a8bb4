extension SecretRule {
    /// Shopify app shared secrets: `shpss_` and 32 hexadecimal digits; they sign and verify webhooks and OAuth.
    static let shopifySharedSecret = SecretRule(
        id: "shopify-shared-secret",
        name: "Shopify app shared secret",
        provider: "Shopify",
        severity: .high,
        keywords: ["shpss_"],
        pattern: #"\b(shpss_[a-fA-F0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets",
        truePositives: [
            "SHOPIFY_API_SECRET=shpss_" + ExampleSecret.hex(32, "shopify-shared-secret/0/0")
        ],
        falsePositives: [
            "SHOPIFY_API_SECRET=shpss_<secret>"
        ]
    )
}
