extension SecretRule {
    /// JFrog Artifactory API keys: `AKCp` and 69 alphanumerics.
    static let jFrogAPIKey = SecretRule(
        id: "jfrog-api-key",
        name: "JFrog Artifactory API key",
        provider: "JFrog",
        severity: .critical,
        keywords: ["akcp"],
        pattern: #"\b(AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-keys",
        truePositives: [
            "ARTIFACTORY_API_KEY=AKCp" + ExampleSecret.base62(69, "jfrog-api-key/0/0")
        ],
        falsePositives: [
            "ARTIFACTORY_API_KEY=AKCp<api key>"
        ]
    )
}
