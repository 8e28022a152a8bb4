extension SecretRule {
    /// Plaid item access tokens for production and development. Sandbox tokens reach only test data, and Link's
    /// `public-…` tokens are short-lived and meant for the browser: both are marked public, so no other rule reports them.
    static let plaidAccessToken = SecretRule(
        id: "plaid-access-token",
        name: "Plaid access token",
        provider: "Plaid",
        severity: .high,
        keywords: ["access-production-", "access-development-", "access-sandbox-", "public-sandbox-", "public-development-", "public-production-"],
        pattern:
            #"\b(access-(?:production|development)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])|\b((?:access-sandbox|public-(?:sandbox|development|production))-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.0,
        remediation: "https://plaid.com/docs/api/items/#itemremove",
        truePositives: [
            "access_token = \"access-production-" + ExampleSecret.uuid("plaid-access-token/0/0") + "\""
        ],
        falsePositives: [
            "access_token = \"access-sandbox-3f1f9b2a-1234-4a5b-8c9d-0e1f2a3b4c5d\""
        ],
        refine: markingPublic { $0.group == 2 }
    )
}
