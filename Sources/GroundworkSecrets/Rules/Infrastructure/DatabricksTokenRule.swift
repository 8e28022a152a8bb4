extension SecretRule {
    /// Databricks personal access tokens (`dapi`) and OAuth secrets (`dose`) with 32 hexadecimal digits.
    static let databricksToken = SecretRule(
        id: "databricks-token",
        name: "Databricks personal access token",
        provider: "Databricks",
        severity: .critical,
        keywords: ["dapi", "dose"],
        pattern: #"\b((?:dapi|dose)[a-f0-9]{32}(?:-[0-9])?)(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.databricks.com/en/dev-tools/auth/pat.html",
        truePositives: [
            "DATABRICKS_TOKEN=dapi" + ExampleSecret.hex(32, "databricks-token/0/0"),
            "token = \"dose" + ExampleSecret.hex(32, "databricks-token/1/0") + "-2\"",
        ],
        falsePositives: [
            "DATABRICKS_TOKEN=dapi<token>",
            "DATABRICKS_HOST=https://adb-1234.azuredatabricks.net",
        ]
    )
}
