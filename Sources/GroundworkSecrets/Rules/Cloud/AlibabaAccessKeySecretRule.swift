extension SecretRule {
    /// Alibaba Cloud AccessKey secrets: 30 alphanumerics next to an Alibaba or Aliyun name.
    static let alibabaAccessKeySecret = SecretRule(
        id: "alibaba-access-key-secret",
        name: "Alibaba Cloud AccessKey secret",
        provider: "Alibaba Cloud",
        severity: .critical,
        keywords: ["alibaba", "aliyun", "alicloud"],
        pattern: #"(?i:alibaba|aliyun|alicloud)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{30})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair",
        truePositives: [
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + ExampleSecret.base62(30, "alibaba-access-key-secret/0/0"),
            "aliyun_secret: \"" + ExampleSecret.base62(30, "alibaba-access-key-secret/1/0") + "\"",
        ],
        falsePositives: [
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIYUN_SECRET}"
        ]
    )
}
