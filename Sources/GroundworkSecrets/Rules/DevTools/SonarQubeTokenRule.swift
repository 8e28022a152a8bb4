extension SecretRule {
    /// SonarQube user (`squ_`), project analysis (`sqp_`) and global analysis (`sqa_`) tokens.
    static let sonarQubeToken = SecretRule(
        id: "sonarqube-token",
        name: "SonarQube token",
        provider: "SonarSource",
        severity: .high,
        keywords: ["squ_", "sqp_", "sqa_"],
        pattern: #"\b(sq[upa]_[a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.sonarsource.com/sonarqube/latest/user-guide/user-account/generating-and-using-tokens/",
        truePositives: [
            "SONAR_TOKEN=squ_" + ExampleSecret.hex(40, "sonarqube-token/0/0"),
            "sonar.token=sqp_" + ExampleSecret.hex(40, "sonarqube-token/1/0"),
        ],
        falsePositives: [
            "SONAR_TOKEN=squ_<token>"
        ]
    )
}
