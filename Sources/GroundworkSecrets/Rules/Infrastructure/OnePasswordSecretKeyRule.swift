extension SecretRule {
    /// 1Password account secret keys (`A3-…`): with the account password, they open the whole vault.
    static let onePasswordSecretKey = SecretRule(
        id: "onepassword-secret-key",
        name: "1Password account secret key",
        provider: "1Password",
        severity: .critical,
        keywords: ["a3-"],
        pattern: #"\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\b"#,
        minimumEntropy: 3.0,
        remediation: "https://support.1password.com/secret-key/",
        truePositives: [
            "OP_SECRET_KEY=A3-" + ExampleSecret.upperAlphanumeric(6, "onepassword-secret-key/0/0") + "-" + ExampleSecret.upperAlphanumeric(11, "onepassword-secret-key/0/1") + "-"
                + ExampleSecret.upperAlphanumeric(5, "onepassword-secret-key/0/2") + "-" + ExampleSecret.upperAlphanumeric(5, "onepassword-secret-key/0/3") + "-"
                + ExampleSecret.upperAlphanumeric(5, "onepassword-secret-key/0/4")
        ],
        falsePositives: [
            "OP_SECRET_KEY=A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX"
        ]
    )
}
