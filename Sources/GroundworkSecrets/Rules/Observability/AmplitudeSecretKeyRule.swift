extension SecretRule {
    /// Amplitude secret keys: 32 hexadecimal digits next to an Amplitude name.
    static let amplitudeSecretKey = SecretRule(
        id: "amplitude-secret-key",
        name: "Amplitude secret key",
        provider: "Amplitude",
        severity: .medium,
        keywords: ["amplitude"],
        pattern: #"(?i:amplitude)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://amplitude.com/docs/apis/authentication",
        truePositives: [
            "AMPLITUDE_SECRET_KEY=" + ExampleSecret.hex(32, "amplitude-secret-key/0/0")
        ],
        falsePositives: [
            "AMPLITUDE_SECRET_KEY=<secret key>",
            "amplitude = 0.75",
        ]
    )
}
