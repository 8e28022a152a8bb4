extension SecretRule {
    /// Airtable personal access tokens (`pat….`) and legacy API keys (`key…`), next to an Airtable name.
    static let airtableToken = SecretRule(
        id: "airtable-token",
        name: "Airtable personal access token or API key",
        provider: "Airtable",
        severity: .high,
        keywords: ["airtable"],
        pattern: #"(?i:airtable)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(pat[A-Za-z0-9]{14}\.[a-f0-9]{64}|key[A-Za-z0-9]{14})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://airtable.com/developers/web/guides/personal-access-tokens",
        truePositives: [
            "AIRTABLE_TOKEN=pat" + ExampleSecret.base62(14, "airtable-token/0/0") + "." + ExampleSecret.hex(64, "airtable-token/0/1"),
            "AIRTABLE_API_KEY=key" + ExampleSecret.base62(14, "airtable-token/1/0"),
        ],
        falsePositives: [
            "AIRTABLE_TOKEN=<personal access token>",
            "AIRTABLE_BASE_ID=appXXXXXXXXXXXXXX",
        ]
    )
}
