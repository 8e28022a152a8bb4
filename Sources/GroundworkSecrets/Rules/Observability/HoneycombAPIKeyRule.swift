extension SecretRule {
    /// Honeycomb ingest and configuration keys: the prefixed formats (`hcaik_`…) and older keys next to a Honeycomb name.
    static let honeycombAPIKey = SecretRule(
        id: "honeycomb-api-key",
        name: "Honeycomb API key",
        provider: "Honeycomb",
        severity: .high,
        keywords: ["honeycomb", "hcaik_", "hcxik_", "hcamk_", "hcxmk_"],
        pattern:
            #"\b(hc[ax][ikm]k_[a-z0-9]{58})(?![A-Za-z0-9_\-])|(?i:honeycomb)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{22}|[a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.3,
        remediation: "https://docs.honeycomb.io/configure/environments/manage-api-keys/",
        truePositives: [
            "HONEYCOMB_API_KEY=" + ExampleSecret.base62(22, "honeycomb-api-key/0/0"),
            "HONEYCOMB_API_KEY=hcaik_" + ExampleSecret.lowerAlphanumeric(58, "honeycomb-api-key/1/0"),
        ],
        falsePositives: [
            "HONEYCOMB_API_KEY=<api key>",
            "HONEYCOMB_DATASET=web",
        ]
    )
}
