extension SecretRule {
    /// Sumo Logic access keys: 64 alphanumerics next to a Sumo Logic name.
    static let sumoLogicAccessKey = SecretRule(
        id: "sumologic-access-key",
        name: "Sumo Logic access key",
        provider: "Sumo Logic",
        severity: .high,
        keywords: ["sumo"],
        pattern: #"(?i:sumo)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://help.sumologic.com/docs/manage/security/access-keys/",
        truePositives: [
            "SUMO_ACCESS_KEY=" + ExampleSecret.base62(64, "sumologic-access-key/0/0"),
            "sumologic_access_key = \"" + ExampleSecret.base62(64, "sumologic-access-key/1/0") + "\"",
        ],
        falsePositives: [
            "SUMO_ACCESS_KEY=<access key>",
            "SUMO_ACCESS_ID=suXXXXXXXXXXXX",
        ]
    )
}
