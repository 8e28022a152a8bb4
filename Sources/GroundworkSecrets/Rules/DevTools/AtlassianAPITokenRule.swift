extension SecretRule {
    /// Atlassian account API tokens for Jira and Confluence: `ATATT3` tokens, and the older 24 alphanumerics next to
    /// a Jira, Confluence or Atlassian name.
    static let atlassianAPIToken = SecretRule(
        id: "atlassian-api-token",
        name: "Atlassian API token",
        provider: "Atlassian",
        severity: .critical,
        keywords: ["atatt3", "jira", "confluence", "atlassian"],
        pattern:
            #"\b(ATATT3[A-Za-z0-9_\-=]{186})(?![A-Za-z0-9_\-=])|(?i:jira|confluence|atlassian)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{24})(?![A-Za-z0-9_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.5,
        remediation: "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/",
        truePositives: [
            "JIRA_API_TOKEN=ATATT3" + ExampleSecret.base64URL(186, "atlassian-api-token/0/0"),
            "CONFLUENCE_API_TOKEN=" + ExampleSecret.base62(24, "atlassian-api-token/1/0"),
        ],
        falsePositives: [
            "JIRA_API_TOKEN=<api token>",
            "JIRA_URL=https://acme.atlassian.net",
        ]
    )
}
