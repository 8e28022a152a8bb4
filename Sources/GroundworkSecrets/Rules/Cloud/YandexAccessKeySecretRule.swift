extension SecretRule {
    /// Yandex Cloud static access key secrets: `YC` and 38 characters, next to a Yandex name.
    static let yandexAccessKeySecret = SecretRule(
        id: "yandex-cloud-access-key-secret",
        name: "Yandex Cloud static access key secret",
        provider: "Yandex Cloud",
        severity: .high,
        keywords: ["yandex", "yc_"],
        pattern: #"(?i:yandex|yc_)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(YC[A-Za-z0-9_\-]{38})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://yandex.cloud/en/docs/iam/operations/sa/delete-access-key",
        truePositives: [
            "YANDEX_STATIC_KEY=YC" + ExampleSecret.base64URL(38, "yandex-cloud-access-key-secret/0/0")
        ],
        falsePositives: [
            "YC_SECRET_ACCESS_KEY=<secret>"
        ]
    )
}
