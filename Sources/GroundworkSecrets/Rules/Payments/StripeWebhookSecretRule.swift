extension SecretRule {
    /// Stripe webhook signing secrets: `whsec_` and 32 or more alphanumerics; whoever holds one can forge events.
    static let stripeWebhookSecret = SecretRule(
        id: "stripe-webhook-secret",
        name: "Stripe webhook signing secret",
        provider: "Stripe",
        severity: .high,
        keywords: ["whsec_"],
        pattern: #"\b(whsec_[A-Za-z0-9]{32,64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.stripe.com/webhooks#roll-endpoint-secrets",
        truePositives: [
            "STRIPE_WEBHOOK_SECRET=whsec_" + ExampleSecret.base62(32, "stripe-webhook-secret/0/0")
        ],
        falsePositives: [
            "STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "STRIPE_WEBHOOK_SECRET=whsec_...",
        ]
    )
}
