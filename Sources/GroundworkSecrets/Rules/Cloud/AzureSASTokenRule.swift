extension SecretRule {
    /// Azure shared access signatures: a URL with a service version (`sv=`) and its signature (`sig=`).
    static let azureSASToken = SecretRule(
        id: "azure-sas-token",
        name: "Azure shared access signature",
        provider: "Microsoft Azure",
        severity: .high,
        keywords: ["sig="],
        pattern: #"[?&;]sv=\d{4}-\d{2}-\d{2}&[^\s"\'`]*?\bsig=([A-Za-z0-9%+/]{40,}(?:%3D|=)?)"#,
        minimumEntropy: 3.5,
        remediation: "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview",
        truePositives: [
            "BLOB_URL=https://acme.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig=" + ExampleSecret.base62(43, "azure-sas-token/0/0") + "%3D"
        ],
        falsePositives: [
            "BLOB_URL=https://acme.blob.core.windows.net/backups?sv=2022-11-02&sp=r&sig=<signature>"
        ]
    )
}
