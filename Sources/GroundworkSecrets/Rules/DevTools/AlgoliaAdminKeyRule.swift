extension SecretRule {
    /// Algolia admin and write API keys: 32 hexadecimal digits next to an Algolia name. Search-only keys are
    /// public by design: a value assigned to a name that says "search" is left alone.
    static let algoliaAdminKey = SecretRule(
        id: "algolia-admin-key",
        name: "Algolia admin API key",
        provider: "Algolia",
        severity: .critical,
        keywords: ["algolia"],
        pattern: #"(?i:algolia(?![\w.\-]{0,30}?search))[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://www.algolia.com/doc/guides/security/api-keys/",
        truePositives: [
            "ALGOLIA_ADMIN_KEY=" + ExampleSecret.hex(32, "algolia-admin-key/0/0"),
            "algolia_admin_api_key: \"" + ExampleSecret.hex(32, "algolia-admin-key/1/0") + "\"",
        ],
        falsePositives: [
            "ALGOLIA_SEARCH_KEY=0123456789abcdef0123456789abcdef",
            "ALGOLIA_APP_ID=ACMEAPP123",
        ]
    )
}
