extension SecretRule {
    /// Confluent Cloud API secrets: 64 base64 characters next to a Confluent name or as a Kafka SASL password.
    static let confluentAPISecret = SecretRule(
        id: "confluent-api-secret",
        name: "Confluent Cloud API secret",
        provider: "Confluent",
        severity: .critical,
        keywords: ["confluent", "sasl.jaas.config"],
        pattern:
            #"(?i:confluent)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9+/]{64})(?![A-Za-z0-9_\-])|sasl\.jaas\.config[^\n]*?password=\\?["\']([A-Za-z0-9+/]{64})"#,
        secretGroups: [1, 2],
        minimumEntropy: 4.0,
        reportsInTestCode: false,
        remediation: "https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/manage-api-keys.html",
        truePositives: [
            "CONFLUENT_CLOUD_API_SECRET=" + ExampleSecret.base64(64, "confluent-api-secret/0/0"),
            "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"ABCDEFGHIJKLMNOP\" password=\"" + ExampleSecret.base64(64, "confluent-api-secret/1/0")
                + "\";",
        ],
        falsePositives: [
            "CONFLUENT_CLOUD_API_SECRET=<api secret>",
            "CONFLUENT_BOOTSTRAP=pkc-1234.eu-west-1.aws.confluent.cloud:9092",
        ]
    )
}
