extension SecretRule {
    /// Facebook and Instagram Graph API access tokens: `EAA` and a long alphanumeric tail.
    static let facebookAccessToken = SecretRule(
        id: "facebook-access-token",
        name: "Facebook (Meta) access token",
        provider: "Meta",
        severity: .high,
        keywords: ["eaa"],
        pattern: #"\b(EAA[A-Za-z0-9]{90,})(?![A-Za-z0-9])"#,
        minimumEntropy: 3.5,
        remediation: "https://developers.facebook.com/docs/facebook-login/guides/access-tokens/",
        truePositives: [
            "FACEBOOK_ACCESS_TOKEN=EAAG" + ExampleSecret.base62(160, "facebook-access-token/0/0"),
            "page_token: \"EAAB" + ExampleSecret.base62(120, "facebook-access-token/1/0") + "\"",
        ],
        falsePositives: [
            "FACEBOOK_ACCESS_TOKEN=EAA..."
        ]
    )
}
