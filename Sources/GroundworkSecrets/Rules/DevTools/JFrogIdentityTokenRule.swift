extension SecretRule {
    /// JFrog identity and reference tokens: base64 of `reftkn:01:` and 52 characters.
    static let jFrogIdentityToken = SecretRule(
        id: "jfrog-identity-token",
        name: "JFrog identity or access token",
        provider: "JFrog",
        severity: .critical,
        keywords: ["cmvmdgtuoja"],
        pattern: #"\b(cmVmdGtuOjAx[A-Za-z0-9]{52})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
        truePositives: [
            "JFROG_ACCESS_TOKEN=cmVmdGtuOjAx" + ExampleSecret.base62(52, "jfrog-identity-token/0/0")
        ],
        falsePositives: [
            "JFROG_ACCESS_TOKEN=cmVmdGtuOjAx<token>"
        ]
    )
}
