extension SecretRule {
    /// HubSpot legacy API keys (hapikey): UUIDs next to a HubSpot name.
    static let hubSpotAPIKey = SecretRule(
        id: "hubspot-api-key",
        name: "HubSpot legacy API key",
        provider: "HubSpot",
        severity: .high,
        keywords: ["hubspot", "hapikey"],
        pattern:
            #"(?i:hubspot|hapikey)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://developers.hubspot.com/docs/api/migrate-an-api-key-integration-to-a-private-app",
        truePositives: [
            "HUBSPOT_API_KEY=" + ExampleSecret.uuid("hubspot-api-key/0/0"),
            "url = f\"https://api.hubapi.com/contacts/v1/lists?hapikey=" + ExampleSecret.uuid("hubspot-api-key/1/0") + "\"",
        ],
        falsePositives: [
            "HUBSPOT_API_KEY=<key>",
            "HUBSPOT_PORTAL_ID=1234567",
        ]
    )
}
