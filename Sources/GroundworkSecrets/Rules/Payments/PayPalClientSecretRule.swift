extension SecretRule {
    /// PayPal REST API client secrets: 80 URL-safe characters starting with `E`, next to a PayPal name.
    static let payPalClientSecret = SecretRule(
        id: "paypal-client-secret",
        name: "PayPal client secret",
        provider: "PayPal",
        severity: .critical,
        keywords: ["paypal"],
        pattern: #"(?i:paypal)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(E[A-Za-z0-9_\-]{79})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://developer.paypal.com/api/rest/",
        truePositives: [
            "PAYPAL_CLIENT_SECRET=E" + ExampleSecret.base64URL(79, "paypal-client-secret/0/0")
        ],
        falsePositives: [
            "PAYPAL_CLIENT_SECRET=<client secret>",
            "PAYPAL_MODE=live",
        ]
    )
}
