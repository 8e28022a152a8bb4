extension SecretRule {
    /// X (Twitter) API key secrets (consumer secrets): 50 alphanumerics next to a Twitter or X name.
    static let twitterAPISecret = SecretRule(
        id: "twitter-api-secret",
        name: "X (Twitter) API secret",
        provider: "X (Twitter)",
        severity: .high,
        keywords: ["twitter", "x_api_secret", "x_consumer_secret"],
        pattern: #"(?i:twitter|x_api_secret|x_consumer_secret)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{50})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://developer.x.com/en/docs/authentication/guides/authentication-best-practices",
        truePositives: [
            "TWITTER_CONSUMER_SECRET=" + ExampleSecret.base62(50, "twitter-api-secret/0/0"),
            "X_API_SECRET=" + ExampleSecret.base62(50, "twitter-api-secret/1/0"),
        ],
        falsePositives: [
            "TWITTER_CONSUMER_SECRET=<consumer secret>"
        ]
    )
}
