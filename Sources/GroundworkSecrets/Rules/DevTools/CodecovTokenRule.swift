extension SecretRule {
    /// Codecov upload tokens: UUIDs next to a Codecov name.
    static let codecovToken = SecretRule(
        id: "codecov-token",
        name: "Codecov upload token",
        provider: "Codecov",
        severity: .medium,
        keywords: ["codecov"],
        pattern:
            #"(?i:codecov)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://docs.codecov.com/docs/codecov-tokens",
        truePositives: [
            "CODECOV_TOKEN=" + ExampleSecret.uuid("codecov-token/0/0")
        ],
        falsePositives: [
            "CODECOV_TOKEN=${{ secrets.CODECOV_TOKEN }}"
        ]
    )
}
