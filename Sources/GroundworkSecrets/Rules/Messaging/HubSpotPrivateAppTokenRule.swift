extension SecretRule {
    /// HubSpot private app access tokens: `pat-`, the data-centre region and a UUID.
    static let hubSpotPrivateAppToken = SecretRule(
        id: "hubspot-private-app-token",
        name: "HubSpot private app token",
        provider: "HubSpot",
        severity: .critical,
        keywords: ["pat-na1-", "pat-na2-", "pat-eu1-", "pat-ap1-"],
        pattern: #"\b(pat-(?:na[12]|eu1|ap1)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://developers.hubspot.com/docs/api/private-apps",
        truePositives: [
            "HUBSPOT_ACCESS_TOKEN=pat-na1-" + ExampleSecret.uuid("hubspot-private-app-token/0/0"),
            "hubspot_token: \"pat-eu1-" + ExampleSecret.uuid("hubspot-private-app-token/1/0") + "\"",
        ],
        falsePositives: [
            "HUBSPOT_ACCESS_TOKEN=pat-na1-<token>"
        ]
    )
}
