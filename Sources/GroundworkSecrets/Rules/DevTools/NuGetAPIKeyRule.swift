extension SecretRule {
    /// nuget.org API keys: `oy2` and 43 lowercase alphanumerics.
    static let nuGetAPIKey = SecretRule(
        id: "nuget-api-key",
        name: "NuGet API key",
        provider: "NuGet",
        severity: .critical,
        keywords: ["oy2"],
        pattern: #"\b(oy2[a-z0-9]{43})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys",
        truePositives: [
            "dotnet nuget push pkg.nupkg --api-key oy2" + ExampleSecret.lowerAlphanumeric(43, "nuget-api-key/0/0") + " --source https://api.nuget.org/v3/index.json"
        ],
        falsePositives: [
            "NUGET_API_KEY=oy2<key>"
        ]
    )
}
