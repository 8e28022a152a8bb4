extension SecretRule {
    /// X (Twitter) app-only bearer tokens: 22 `A`s, then the URL-encoded token.
    static let twitterBearerToken = SecretRule(
        id: "twitter-bearer-token",
        name: "X (Twitter) bearer token",
        provider: "X (Twitter)",
        severity: .high,
        keywords: ["aaaaaaaaaaaaaaaaaaaaa"],
        pattern: #"\b(A{22}[A-Za-z0-9%]{80,120})(?![A-Za-z0-9%])"#,
        minimumEntropy: 3.0,
        remediation: "https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens",
        truePositives: [
            "TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAA" + ExampleSecret.base62(90, "twitter-bearer-token/0/0")
        ],
        falsePositives: [
            "TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
