extension SecretRule {
    /// Microsoft Entra ID application client secrets: three characters, a digit, `Q~` and 31 to 34 more.
    static let azureADClientSecret = SecretRule(
        id: "azure-ad-client-secret",
        name: "Microsoft Entra ID (Azure AD) client secret",
        provider: "Microsoft Azure",
        severity: .critical,
        keywords: ["q~"],
        pattern: #"(?:^|[\s"\'`=:(,])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34})(?![A-Za-z0-9_~.\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials",
        truePositives: [
            "AZURE_CLIENT_SECRET=" + ExampleSecret.base62(3, "azure-ad-client-secret/0/0") + "8Q~" + ExampleSecret.base62(34, "azure-ad-client-secret/0/1"),
            "\"clientSecret\": \"" + ExampleSecret.base62(3, "azure-ad-client-secret/1/0") + "7Q~" + ExampleSecret.base62(31, "azure-ad-client-secret/1/1") + "\"",
        ],
        falsePositives: [
            "AZURE_CLIENT_SECRET=<client-secret>",
            "AZURE_CLIENT_SECRET=xxx8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ]
    )
}
