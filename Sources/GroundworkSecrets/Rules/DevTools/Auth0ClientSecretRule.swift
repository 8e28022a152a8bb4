extension SecretRule {
    /// Auth0 application client secrets: 64 characters next to an Auth0 name.
    static let auth0ClientSecret = SecretRule(
        id: "auth0-client-secret",
        name: "Auth0 client secret",
        provider: "Auth0",
        severity: .critical,
        keywords: ["auth0"],
        pattern: #"(?i:auth0)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9_\-]{64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://auth0.com/docs/get-started/applications/rotate-client-secret",
        truePositives: [
            "AUTH0_CLIENT_SECRET=" + ExampleSecret.base64URL(64, "auth0-client-secret/0/0")
        ],
        falsePositives: [
            "AUTH0_CLIENT_SECRET=<client secret>",
            "AUTH0_DOMAIN=acme.eu.auth0.com",
        ]
    )
}
