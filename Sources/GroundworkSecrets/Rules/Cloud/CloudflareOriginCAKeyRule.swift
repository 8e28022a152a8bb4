extension SecretRule {
    /// Cloudflare Origin CA keys: `v1.0-`, 24 and 146 hexadecimal digits.
    static let cloudflareOriginCAKey = SecretRule(
        id: "cloudflare-origin-ca-key",
        name: "Cloudflare Origin CA key",
        provider: "Cloudflare",
        severity: .high,
        keywords: ["v1.0-"],
        pattern: #"\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/",
        truePositives: [
            "CF_ORIGIN_CA_KEY=v1.0-" + ExampleSecret.hex(24, "cloudflare-origin-ca-key/0/0") + "-" + ExampleSecret.hex(146, "cloudflare-origin-ca-key/0/1")
        ],
        falsePositives: [
            "CF_ORIGIN_CA_KEY=v1.0-<key>"
        ]
    )
}
