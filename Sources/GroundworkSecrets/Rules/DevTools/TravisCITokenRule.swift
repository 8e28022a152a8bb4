extension SecretRule {
    /// Travis CI API tokens: 22 characters next to a Travis name.
    static let travisCIToken = SecretRule(
        id: "travis-ci-token",
        name: "Travis CI API token",
        provider: "Travis CI",
        severity: .high,
        keywords: ["travis"],
        pattern: #"(?i:travis)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9_\-]{22})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://docs.travis-ci.com/user/triggering-builds/",
        truePositives: [
            "TRAVIS_API_TOKEN=" + ExampleSecret.base64URL(22, "travis-ci-token/0/0")
        ],
        falsePositives: [
            "TRAVIS_API_TOKEN=<token>",
            "TRAVIS_BRANCH: main",
        ]
    )
}
