extension SecretRule {
    /// AWS STS session tokens, by the serialised header every one starts with (`IQoJb3JpZ2luX2Vj`, older `FwoGZXIvYXdz`).
    /// Short-lived, but a token committed with its key pair works until it expires.
    static let awsSessionToken = SecretRule(
        id: "aws-session-token",
        name: "AWS session token",
        provider: "Amazon Web Services",
        severity: .high,
        keywords: ["iqojb3jpz2lux2vj", "fwogzxivyxdz"],
        pattern: #"\b((?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz)[A-Za-z0-9/+]{100,}={0,2})(?![A-Za-z0-9/+=])"#,
        minimumEntropy: 4.0,
        remediation: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html",
        truePositives: [
            "aws_session_token = IQoJb3JpZ2luX2Vj" + ExampleSecret.base64(300, "aws-session-token/0/0"),
            "\"SessionToken\": \"FwoGZXIvYXdz" + ExampleSecret.base64(200, "aws-session-token/1/0") + "==\"",
        ],
        falsePositives: [
            "aws_session_token = IQoJb3JpZ2luX2Vj...",
            "aws_session_token = ${AWS_SESSION_TOKEN}",
        ]
    )
}
