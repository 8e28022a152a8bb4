extension SecretRule {
    /// MongoDB Atlas programmatic API private keys: UUIDs next to an Atlas private-key name.
    static let mongoDBAtlasPrivateKey = SecretRule(
        id: "mongodb-atlas-api-key",
        name: "MongoDB Atlas API private key",
        provider: "MongoDB",
        severity: .critical,
        keywords: ["atlas"],
        pattern:
            #"(?i:(?:mongodb[_.\-]?)?atlas[\w.\-]{0,20}?(?:private|secret))[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://www.mongodb.com/docs/atlas/configure-api-access/",
        truePositives: [
            "MONGODB_ATLAS_PRIVATE_KEY=" + ExampleSecret.uuid("mongodb-atlas-api-key/0/0"),
            "atlas_private_key: \"" + ExampleSecret.uuid("mongodb-atlas-api-key/1/0") + "\"",
        ],
        falsePositives: [
            "MONGODB_ATLAS_PRIVATE_KEY=<private key>",
            "MONGODB_ATLAS_PUBLIC_KEY=abcdefgh",
        ]
    )
}
