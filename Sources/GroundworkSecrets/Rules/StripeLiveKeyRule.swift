// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// Stripe live secret (`sk_live_`) and restricted (`rk_live_`) keys; test-mode keys are not secrets worth a finding.
    static let stripeLiveKey = SecretRule(
        id: "stripe-live-key",
        name: "Stripe live key",
        provider: "Stripe",
        severity: .critical,
        keywords: ["sk_live_", "rk_live_"],
        pattern: #"\b((?:sk|rk)_live_[0-9A-Za-z]{24,247})(?![0-9A-Za-z])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.stripe.com/keys#rolling-keys",
        truePositives: [
            "STRIPE_SECRET_KEY=" + "sk_live_" + "5n1Ae6pWzpF1qH6YytwMe4Lb",
            "Stripe.api_key = \"" + "rk_live_" + "5n1Ae6pWzpF1qH6YytwMe4Lb\"",
        ],
        falsePositives: [
            "STRIPE_SECRET_KEY=sk_test_5n1Ae6pWzpF1qH6YytwMe4Lb",
            "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
            "const isLive = key.startsWith('sk_live_')",
        ]
    )
}
