extension SecretRule {
    /// age encryption identities: `AGE-SECRET-KEY-1` and 58 bech32 characters; whoever holds one decrypts every file encrypted to it.
    static let ageSecretKey = SecretRule(
        id: "age-secret-key",
        name: "age secret key",
        provider: "age",
        severity: .critical,
        keywords: ["age-secret-key-1"],
        pattern: #"\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b"#,
        minimumEntropy: 3.5,
        remediation: "https://github.com/FiloSottile/age#readme",
        truePositives: [
            "# created: 2024-05-01T10:00:00Z\nAGE-SECRET-KEY-1" + ExampleSecret.bech32(58, "age-secret-key/0/0")
        ],
        falsePositives: [
            "AGE-SECRET-KEY-1<your key>",
            "age -d -i key.txt secrets.enc",
        ]
    )
}
