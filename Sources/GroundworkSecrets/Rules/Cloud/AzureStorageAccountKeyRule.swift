extension SecretRule {
    /// Azure storage (and Cosmos DB) account keys in a connection string: `AccountKey=` and 88 base64 characters.
    /// The storage emulator's published key (Azurite) is not a secret.
    static let azureStorageAccountKey = SecretRule(
        id: "azure-storage-account-key",
        name: "Azure storage account key",
        provider: "Microsoft Azure",
        severity: .critical,
        keywords: ["accountkey="],
        pattern: #"(?i:AccountKey=)([A-Za-z0-9+/]{86}==)"#,
        minimumEntropy: 4.0,
        reportsInTestCode: false,
        remediation: "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage",
        truePositives: [
            "AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=" + ExampleSecret.base64(86, "azure-storage-account-key/0/0")
                + "==;EndpointSuffix=core.windows.net\""
        ],
        falsePositives: [
            "AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<key>;\"",
            "AZURITE=\"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;\"",
        ],
        refine: markingPublic { $0.value.hasPrefix("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1") }
    )
}
