extension SecretRule {
    /// RapidAPI application keys: 50 characters next to a RapidAPI name or header.
    static let rapidAPIKey = SecretRule(
        id: "rapidapi-key",
        name: "RapidAPI key",
        provider: "RapidAPI",
        severity: .high,
        keywords: ["rapidapi"],
        pattern: #"(?i:rapidapi)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9_\-]{50})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://docs.rapidapi.com/docs/keys-and-key-rotation",
        truePositives: [
            "headers = {\"X-RapidAPI-Key\": \"" + ExampleSecret.base62(50, "rapidapi-key/0/0") + "\"}"
        ],
        falsePositives: [
            "headers = {\"X-RapidAPI-Host\": \"weather.p.rapidapi.com\"}"
        ]
    )
}
