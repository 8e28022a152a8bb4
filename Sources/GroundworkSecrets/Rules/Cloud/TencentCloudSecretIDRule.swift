extension SecretRule {
    /// Tencent Cloud API SecretIds: `AKID` and 32 alphanumerics (the SecretKey sits beside it).
    static let tencentCloudSecretID = SecretRule(
        id: "tencent-cloud-secret-id",
        name: "Tencent Cloud SecretId",
        provider: "Tencent Cloud",
        severity: .high,
        keywords: ["akid"],
        pattern: #"\b(AKID[A-Za-z0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://www.tencentcloud.com/document/product/598/34228",
        truePositives: [
            "TENCENTCLOUD_SECRET_ID=AKID" + ExampleSecret.base62(32, "tencent-cloud-secret-id/0/0")
        ],
        falsePositives: [
            "TENCENTCLOUD_SECRET_ID=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
