extension SecretRule {
    /// IBM Cloud API keys: 44 URL-safe characters next to an IBM name.
    static let ibmCloudAPIKey = SecretRule(
        id: "ibm-cloud-api-key",
        name: "IBM Cloud API key",
        provider: "IBM Cloud",
        severity: .high,
        keywords: ["ibm"],
        pattern: #"(?i:ibm)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9_\-]{44})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://cloud.ibm.com/docs/account?topic=account-userapikey",
        truePositives: [
            "IBMCLOUD_API_KEY=" + ExampleSecret.base64URL(44, "ibm-cloud-api-key/0/0"),
            "ibm_api_key = \"" + ExampleSecret.base64URL(44, "ibm-cloud-api-key/1/0") + "\"",
        ],
        falsePositives: [
            "IBMCLOUD_API_KEY=<api key>"
        ]
    )
}
