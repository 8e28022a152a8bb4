extension SecretRule {
    /// Flutterwave live secret keys: `FLWSECK-`, 32 characters and `-X` (`FLWSECK_TEST-` keys are sandbox).
    static let flutterwaveSecretKey = SecretRule(
        id: "flutterwave-secret-key",
        name: "Flutterwave secret key",
        provider: "Flutterwave",
        severity: .critical,
        keywords: ["flwseck-"],
        pattern: #"\b(FLWSECK-[A-Za-z0-9]{32}-X)(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://developer.flutterwave.com/docs/authentication",
        truePositives: [
            "FLW_SECRET_KEY=FLWSECK-" + ExampleSecret.hex(32, "flutterwave-secret-key/0/0") + "-X"
        ],
        falsePositives: [
            "FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X"
        ]
    )
}
