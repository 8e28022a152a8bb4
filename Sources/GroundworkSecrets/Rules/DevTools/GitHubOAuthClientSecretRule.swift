extension SecretRule {
    /// GitHub OAuth app client secrets: 40 hexadecimal digits assigned to a GitHub client-secret name.
    static let gitHubOAuthClientSecret = SecretRule(
        id: "github-oauth-client-secret",
        name: "GitHub OAuth app client secret",
        provider: "GitHub",
        severity: .high,
        keywords: ["github_client_secret", "github-client-secret", "githubclientsecret", "github_secret", "github_oauth_secret"],
        pattern:
            #"(?i:github_client_secret|github\-client\-secret|githubclientsecret|github_secret|github_oauth_secret)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/modifying-an-oauth-app",
        truePositives: [
            "GITHUB_CLIENT_SECRET=" + ExampleSecret.hex(40, "github-oauth-client-secret/0/0"),
            "githubClientSecret: \"" + ExampleSecret.hex(40, "github-oauth-client-secret/1/0") + "\"",
        ],
        falsePositives: [
            "GITHUB_CLIENT_SECRET=<client secret>",
            "github_sha: 3f786850e387550fdab836ed7e6dc881de23001b",
        ]
    )
}
