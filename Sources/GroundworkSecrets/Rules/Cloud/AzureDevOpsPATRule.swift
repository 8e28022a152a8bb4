extension SecretRule {
    /// Azure DevOps personal access tokens: the 84-character format with `AZDO` near its end, and the older
    /// 52 lowercase base32 characters next to a DevOps name.
    static let azureDevOpsPAT = SecretRule(
        id: "azure-devops-pat",
        name: "Azure DevOps personal access token",
        provider: "Microsoft Azure",
        severity: .critical,
        keywords: ["azdo", "devops", "ado_pat", "ado_token"],
        pattern: #"\b([A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})\b|(?i:azdo|devops|ado_pat|ado_token)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-z2-7]{52})(?![A-Za-z0-9_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.5,
        remediation: "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
        truePositives: [
            "AZURE_DEVOPS_EXT_PAT=" + ExampleSecret.lowerBase32(52, "azure-devops-pat/0/0"),
            "ADO_PAT: " + ExampleSecret.base62(76, "azure-devops-pat/1/0") + "AZDO" + ExampleSecret.base62(4, "azure-devops-pat/1/1"),
        ],
        falsePositives: [
            "AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)",
            "AZURE_DEVOPS_ORG=https://dev.azure.com/acme",
        ]
    )
}
