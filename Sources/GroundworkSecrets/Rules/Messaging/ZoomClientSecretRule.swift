extension SecretRule {
    /// Zoom app client secrets: 32 alphanumerics next to a Zoom name.
    static let zoomClientSecret = SecretRule(
        id: "zoom-client-secret",
        name: "Zoom OAuth client secret",
        provider: "Zoom",
        severity: .high,
        keywords: ["zoom"],
        pattern: #"(?i:zoom)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://developers.zoom.us/docs/internal-apps/",
        truePositives: [
            "ZOOM_CLIENT_SECRET=" + ExampleSecret.base62(32, "zoom-client-secret/0/0")
        ],
        falsePositives: [
            "ZOOM_CLIENT_SECRET=<client secret>",
            "zoom: 1.5",
        ]
    )
}
