extension SecretRule {
    /// Razorpay key secrets: 24 alphanumerics next to a Razorpay name (the `rzp_live_` key id beside it is not secret).
    static let razorpayKeySecret = SecretRule(
        id: "razorpay-key-secret",
        name: "Razorpay key secret",
        provider: "Razorpay",
        severity: .critical,
        keywords: ["razorpay"],
        pattern: #"(?i:razorpay)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{24})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/",
        truePositives: [
            "RAZORPAY_KEY_SECRET=" + ExampleSecret.base62(24, "razorpay-key-secret/0/0")
        ],
        falsePositives: [
            "RAZORPAY_KEY_SECRET=<key_secret>",
            "RAZORPAY_KEY_ID=rzp_live_xxxxxxxxxxxxxx",
        ]
    )
}
