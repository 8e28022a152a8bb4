extension SecretRule {
    /// Google Cloud service account key files (JSON): the `private_key_id` names the key whose private half sits
    /// beside it (the private key itself is reported by `private-key`).
    static let gcpServiceAccountKey = SecretRule(
        id: "gcp-service-account-key",
        name: "Google Cloud service account key",
        provider: "Google Cloud",
        severity: .critical,
        keywords: ["private_key_id"],
        pattern: #""private_key_id"\s*:\s*"([a-f0-9]{40})""#,
        minimumEntropy: 3.0,
        remediation: "https://cloud.google.com/iam/docs/keys-create-delete",
        truePositives: [
            "{\"type\": \"service_account\", \"project_id\": \"acme-prod\", \"private_key_id\": \"" + ExampleSecret.hex(40, "gcp-service-account-key/0/0") + "\","
        ],
        falsePositives: [
            "\"private_key_id\": \"<key id>\",",
            "\"private_key_id\": \"0000000000000000000000000000000000000000\",",
        ]
    )
}
