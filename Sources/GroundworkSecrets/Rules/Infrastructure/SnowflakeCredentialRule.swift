extension SecretRule {
    /// Snowflake passwords, key passphrases and tokens assigned to a Snowflake name.
    static let snowflakeCredential = SecretRule(
        id: "snowflake-credential",
        name: "Snowflake password or token",
        provider: "Snowflake",
        severity: .high,
        keywords: ["snowflake"],
        pattern: #"(?i:snowflake[\w.\-]{0,30}?(?:password|passwd|pwd|token|secret|passphrase))[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([^\s"\'`]{8,64})(?![^\s"\'`])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://docs.snowflake.com/en/user-guide/admin-user-management",
        truePositives: [
            "SNOWFLAKE_PASSWORD=" + ExampleSecret.base62(12, "snowflake-credential/0/0") + "!" + ExampleSecret.base62(4, "snowflake-credential/0/1"),
            "snowflake_private_key_passphrase: \"" + ExampleSecret.base62(20, "snowflake-credential/1/0") + "\"",
        ],
        falsePositives: [
            "SNOWFLAKE_PASSWORD=${SNOWFLAKE_PASSWORD}",
            "SNOWFLAKE_ACCOUNT=acme-xy12345",
        ]
    )
}
