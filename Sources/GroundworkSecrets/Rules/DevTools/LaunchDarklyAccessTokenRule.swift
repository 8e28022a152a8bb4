extension SecretRule {
    /// LaunchDarkly API access tokens (`api-`) and server-side SDK keys (`sdk-`) with a UUID (`mob-` keys are public).
    static let launchDarklyAccessToken = SecretRule(
        id: "launchdarkly-access-token",
        name: "LaunchDarkly access token or SDK key",
        provider: "LaunchDarkly",
        severity: .high,
        // The keywords with the first hexadecimal digit: `x-api-key` holds `api-` too.
        keywords: SecretRule.keywords(["api-", "sdk-"], followedByOneOf: "0123456789abcdef"),
        pattern: #"\b((?:api|sdk)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.launchdarkly.com/home/account/api",
        truePositives: [
            "LAUNCHDARKLY_ACCESS_TOKEN=api-" + ExampleSecret.uuid("launchdarkly-access-token/0/0"),
            "LD_SDK_KEY=sdk-" + ExampleSecret.uuid("launchdarkly-access-token/1/0"),
        ],
        falsePositives: [
            "LAUNCHDARKLY_ACCESS_TOKEN=api-<token>",
            "headers[\"x-api-key\"] = apiKey",
        ]
    )
}
