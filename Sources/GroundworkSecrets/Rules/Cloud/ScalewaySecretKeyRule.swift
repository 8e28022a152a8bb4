extension SecretRule {
    /// Scaleway API secret keys: UUIDs next to a Scaleway name.
    static let scalewaySecretKey = SecretRule(
        id: "scaleway-secret-key",
        name: "Scaleway secret key",
        provider: "Scaleway",
        severity: .critical,
        keywords: ["scw_", "scaleway"],
        pattern:
            #"(?i:scw_|scaleway)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/",
        truePositives: [
            "SCW_SECRET_KEY=" + ExampleSecret.uuid("scaleway-secret-key/0/0")
        ],
        falsePositives: [
            "SCW_SECRET_KEY=<secret key>",
            "SCW_DEFAULT_REGION=fr-par",
        ]
    )
}
