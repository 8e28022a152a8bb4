extension SecretRule {
    /// Amazon Marketplace Web Service auth tokens: `amzn.mws.` and a UUID.
    static let amazonMWSAuthToken = SecretRule(
        id: "amazon-mws-auth-token",
        name: "Amazon MWS auth token",
        provider: "Amazon Web Services",
        severity: .high,
        keywords: ["amzn.mws."],
        pattern: #"\b(amzn\.mws\.[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://developer-docs.amazon.com/sp-api/docs/sp-api-seller-use-cases",
        truePositives: [
            "MWS_AUTH_TOKEN=amzn.mws." + ExampleSecret.uuid("amazon-mws-auth-token/0/0")
        ],
        falsePositives: [
            "MWS_AUTH_TOKEN=amzn.mws.<token>"
        ]
    )
}
