extension SecretRule {
    /// Vault tokens of releases before 1.10: `s.` and 24 alphanumerics, next to a Vault name.
    static let vaultLegacyToken = SecretRule(
        id: "vault-legacy-token",
        name: "HashiCorp Vault token (legacy format)",
        provider: "HashiCorp",
        severity: .critical,
        keywords: ["vault"],
        pattern: #"(?i:vault)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(s\.[A-Za-z0-9]{24})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://developer.hashicorp.com/vault/docs/commands/token/revoke",
        truePositives: [
            "VAULT_TOKEN=s." + ExampleSecret.base62(24, "vault-legacy-token/0/0")
        ],
        falsePositives: [
            "VAULT_TOKEN=s.<token>",
            "VAULT_ADDR=https://vault.acme.example:8200",
        ]
    )
}
