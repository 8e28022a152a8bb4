extension SecretRule {
    /// Amazon Bedrock long-term API keys: `ABSK` and a base64 body.
    static let awsBedrockAPIKey = SecretRule(
        id: "aws-bedrock-api-key",
        name: "Amazon Bedrock API key",
        provider: "Amazon Web Services",
        severity: .high,
        keywords: ["absk"],
        pattern: #"\b(ABSK[A-Za-z0-9+/]{100,}={0,2})(?![A-Za-z0-9/+=])"#,
        minimumEntropy: 4.0,
        remediation: "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html",
        truePositives: [
            "AWS_BEARER_TOKEN_BEDROCK=ABSK" + ExampleSecret.base64(128, "aws-bedrock-api-key/0/0")
        ],
        falsePositives: [
            "AWS_BEARER_TOKEN_BEDROCK=ABSK..."
        ]
    )
}
