extension SecretRule {
    /// 1Password service account tokens: `ops_` and a base64 JSON payload.
    static let onePasswordServiceAccountToken = SecretRule(
        id: "onepassword-service-account-token",
        name: "1Password service account token",
        provider: "1Password",
        severity: .critical,
        keywords: ["ops_eyj"],
        pattern: #"\b(ops_eyJ[A-Za-z0-9+/=_\-]{250,})(?![A-Za-z0-9+/=_\-])"#,
        minimumEntropy: 4.0,
        remediation: "https://developer.1password.com/docs/service-accounts/manage-service-accounts/",
        truePositives: [
            "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ" + ExampleSecret.base64(300, "onepassword-service-account-token/0/0")
        ],
        falsePositives: [
            "OP_SERVICE_ACCOUNT_TOKEN=ops_<token>"
        ]
    )
}
