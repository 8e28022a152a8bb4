extension SecretRule {
    /// Frame.io developer tokens: `fio-u-` and 64 characters.
    static let frameIOToken = SecretRule(
        id: "frameio-token",
        name: "Frame.io developer token",
        provider: "Frame.io",
        severity: .high,
        keywords: ["fio-u-"],
        pattern: #"\b(fio-u-[A-Za-z0-9_\-=]{64})(?![A-Za-z0-9_\-=])"#,
        minimumEntropy: 3.5,
        remediation: "https://developer.frame.io/docs/getting-started/authentication",
        truePositives: [
            "FRAMEIO_TOKEN=fio-u-" + ExampleSecret.base64URL(64, "frameio-token/0/0")
        ],
        falsePositives: [
            "FRAMEIO_TOKEN=fio-u-<token>"
        ]
    )
}
