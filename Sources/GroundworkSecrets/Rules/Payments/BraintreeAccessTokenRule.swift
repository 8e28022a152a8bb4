extension SecretRule {
    /// Braintree and PayPal Express Checkout production access tokens: `access_token$production$…`.
    static let braintreeAccessToken = SecretRule(
        id: "braintree-access-token",
        name: "Braintree (PayPal) access token",
        provider: "PayPal Braintree",
        severity: .critical,
        keywords: ["access_token$production$"],
        pattern: #"\b(access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32})\b"#,
        minimumEntropy: 3.0,
        remediation: "https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials",
        truePositives: [
            "BRAINTREE_ACCESS_TOKEN=access_token$production$" + ExampleSecret.lowerAlphanumeric(16, "braintree-access-token/0/0") + "$" + ExampleSecret.hex(32, "braintree-access-token/0/1")
        ],
        falsePositives: [
            "BRAINTREE_ACCESS_TOKEN=access_token$sandbox$abc$def"
        ]
    )
}
