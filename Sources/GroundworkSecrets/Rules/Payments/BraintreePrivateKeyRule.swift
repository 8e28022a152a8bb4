extension SecretRule {
    /// Braintree API private keys: 32 hexadecimal digits next to a Braintree name.
    static let braintreePrivateKey = SecretRule(
        id: "braintree-private-key",
        name: "Braintree private key",
        provider: "PayPal Braintree",
        severity: .critical,
        keywords: ["braintree"],
        pattern: #"(?i:braintree)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials",
        truePositives: [
            "BRAINTREE_PRIVATE_KEY=" + ExampleSecret.hex(32, "braintree-private-key/0/0")
        ],
        falsePositives: [
            "BRAINTREE_PRIVATE_KEY=your_private_key",
            "BRAINTREE_ENVIRONMENT=production",
        ]
    )
}
