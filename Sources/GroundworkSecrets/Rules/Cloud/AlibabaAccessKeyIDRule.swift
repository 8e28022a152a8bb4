extension SecretRule {
    /// Alibaba Cloud AccessKey IDs: `LTAI` and 12 to 20 alphanumerics.
    static let alibabaAccessKeyID = SecretRule(
        id: "alibaba-access-key-id",
        name: "Alibaba Cloud AccessKey ID",
        provider: "Alibaba Cloud",
        severity: .high,
        keywords: ["ltai"],
        pattern: #"\b(LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair",
        truePositives: [
            "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI" + ExampleSecret.base62(20, "alibaba-access-key-id/0/0")
        ],
        falsePositives: [
            "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
