extension SecretRule {
    /// Coveralls repo tokens next to a Coveralls name.
    static let coverallsRepoToken = SecretRule(
        id: "coveralls-repo-token",
        name: "Coveralls repo token",
        provider: "Coveralls",
        severity: .medium,
        keywords: ["coveralls"],
        pattern: #"(?i:coveralls)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{32,37})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://docs.coveralls.io/api-introduction",
        truePositives: [
            "COVERALLS_REPO_TOKEN=" + ExampleSecret.base62(33, "coveralls-repo-token/0/0"),
            "coveralls_repo_token: " + ExampleSecret.base62(37, "coveralls-repo-token/1/0"),
        ],
        falsePositives: [
            "COVERALLS_REPO_TOKEN=${{ secrets.GITHUB_TOKEN }}"
        ]
    )
}
