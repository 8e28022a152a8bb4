extension SecretRule {
    /// Splunk HTTP Event Collector tokens: UUIDs next to a Splunk name.
    static let splunkHECToken = SecretRule(
        id: "splunk-hec-token",
        name: "Splunk HTTP Event Collector token",
        provider: "Splunk",
        severity: .high,
        keywords: ["splunk"],
        pattern: #"(?i:splunk)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector",
        truePositives: [
            "SPLUNK_HEC_TOKEN=" + ExampleSecret.uuid("splunk-hec-token/0/0"),
            "splunk_hec_token: \"" + ExampleSecret.uuid("splunk-hec-token/1/0") + "\"",
        ],
        falsePositives: [
            "SPLUNK_HEC_TOKEN=<hec token>",
            "SPLUNK_URL=https://splunk.acme.example:8088",
        ]
    )
}
