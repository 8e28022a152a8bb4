extension SecretRule {
    /// Etsy API keystrings: 24 lowercase alphanumerics next to an Etsy name.
    static let etsyAPIKey = SecretRule(
        id: "etsy-api-key",
        name: "Etsy API key",
        provider: "Etsy",
        severity: .high,
        keywords: ["etsy"],
        pattern: #"(?i:etsy)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-z0-9]{24})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://developers.etsy.com/documentation/essentials/authentication",
        truePositives: [
            "ETSY_API_KEY=" + ExampleSecret.lowerAlphanumeric(24, "etsy-api-key/0/0")
        ],
        falsePositives: [
            "ETSY_API_KEY=<keystring>"
        ]
    )
}
