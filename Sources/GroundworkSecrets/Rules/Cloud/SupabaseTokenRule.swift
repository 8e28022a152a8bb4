extension SecretRule {
    /// Supabase personal access tokens (`sbp_`) and project secret keys (`sb_secret_`); `sb_publishable_` keys are public.
    static let supabaseToken = SecretRule(
        id: "supabase-token",
        name: "Supabase access token or secret key",
        provider: "Supabase",
        severity: .critical,
        keywords: ["sbp_", "sb_secret_"],
        pattern: #"\b(sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_\-]{31})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://supabase.com/dashboard/account/tokens",
        truePositives: [
            "SUPABASE_ACCESS_TOKEN=sbp_" + ExampleSecret.hex(40, "supabase-token/0/0"),
            "SUPABASE_SECRET_KEY=sb_secret_" + ExampleSecret.base64URL(31, "supabase-token/1/0"),
        ],
        falsePositives: [
            "SUPABASE_ACCESS_TOKEN=sbp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
