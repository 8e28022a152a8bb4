extension SecretRule {
    /// Tencent Cloud API SecretKeys: 32 alphanumerics next to a Tencent name.
    static let tencentCloudSecretKey = SecretRule(
        id: "tencent-cloud-secret-key",
        name: "Tencent Cloud SecretKey",
        provider: "Tencent Cloud",
        severity: .critical,
        keywords: ["tencent"],
        pattern: #"(?i:tencent)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://www.tencentcloud.com/document/product/598/34228",
        truePositives: [
            "TENCENTCLOUD_SECRET_KEY=" + ExampleSecret.base62(32, "tencent-cloud-secret-key/0/0")
        ],
        falsePositives: [
            "TENCENTCLOUD_SECRET_KEY=<secret key>"
        ]
    )
}
