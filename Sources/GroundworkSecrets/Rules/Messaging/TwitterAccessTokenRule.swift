extension SecretRule {
    /// X (Twitter) user access tokens: the numeric user id, `-` and the token, next to a Twitter name.
    static let twitterAccessToken = SecretRule(
        id: "twitter-access-token",
        name: "X (Twitter) access token",
        provider: "X (Twitter)",
        severity: .high,
        keywords: ["twitter"],
        pattern: #"(?i:twitter)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9]{15,25}-[A-Za-z0-9]{20,40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://developer.x.com/en/docs/authentication/oauth-1-0a/obtaining-user-access-tokens",
        truePositives: [
            "TWITTER_ACCESS_TOKEN=" + ExampleSecret.digits(19, "twitter-access-token/0/0") + "-" + ExampleSecret.base62(30, "twitter-access-token/0/1")
        ],
        falsePositives: [
            "TWITTER_ACCESS_TOKEN=<access token>"
        ]
    )
}
