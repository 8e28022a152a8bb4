extension SecretRule {
    /// Shopify private app passwords: `shppa_` and 32 hexadecimal digits.
    static let shopifyPrivateAppToken = SecretRule(
        id: "shopify-private-app-token",
        name: "Shopify private app password",
        provider: "Shopify",
        severity: .critical,
        keywords: ["shppa_"],
        pattern: #"\b(shppa_[a-fA-F0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens",
        truePositives: [
            "SHOPIFY_PASSWORD=shppa_" + ExampleSecret.hex(32, "shopify-private-app-token/0/0")
        ],
        falsePositives: [
            "SHOPIFY_PASSWORD=shppa_<password>"
        ]
    )
}
