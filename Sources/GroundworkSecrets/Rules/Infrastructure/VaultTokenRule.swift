extension SecretRule {
    /// HashiCorp Vault service (`hvs.`), batch (`hvb.`) and recovery (`hvr.`) tokens.
    static let vaultToken = SecretRule(
        id: "vault-token",
        name: "HashiCorp Vault token",
        provider: "HashiCorp",
        severity: .critical,
        keywords: ["hvs.", "hvb.", "hvr."],
        pattern: #"\b(hv[sbr]\.[A-Za-z0-9_\-]{24,})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://developer.hashicorp.com/vault/docs/commands/token/revoke",
        truePositives: [
            "VAULT_TOKEN=hvs." + ExampleSecret.base64URL(91, "vault-token/0/0"),
            "vault_token: \"hvb." + ExampleSecret.base64URL(138, "vault-token/1/0") + "\"",
        ],
        falsePositives: [
            "VAULT_TOKEN=hvs.<token>",
            "VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ]
    )
}
