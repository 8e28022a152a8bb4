extension SecretRule {
    /// CircleCI personal API tokens: `CCIPAT_` tokens and the older 40 hexadecimal digits next to a CircleCI name.
    static let circleCIToken = SecretRule(
        id: "circleci-token",
        name: "CircleCI personal API token",
        provider: "CircleCI",
        severity: .high,
        keywords: ["ccipat_", "circleci", "circle_token"],
        pattern:
            #"\b(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_\-])|(?i:circleci|circle_token)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.0,
        remediation: "https://circleci.com/docs/managing-api-tokens/",
        truePositives: [
            "CIRCLECI_TOKEN=CCIPAT_" + ExampleSecret.base62(22, "circleci-token/0/0") + "_" + ExampleSecret.hex(40, "circleci-token/0/1"),
            "CIRCLE_TOKEN=" + ExampleSecret.hex(40, "circleci-token/1/0"),
        ],
        falsePositives: [
            "CIRCLECI_TOKEN=<token>",
            "CIRCLE_SHA1: ${CIRCLE_SHA1}",
        ]
    )
}
