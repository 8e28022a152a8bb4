extension SecretRule {
    /// WireGuard interface private keys (`PrivateKey = …` in a `[Interface]` section).
    static let wireGuardPrivateKey = SecretRule(
        id: "wireguard-private-key",
        name: "WireGuard private key",
        provider: "WireGuard",
        severity: .critical,
        keywords: ["privatekey"],
        pattern: #"(?i:PrivateKey)\s*=\s*([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://www.wireguard.com/quickstart/",
        truePositives: [
            "[Interface]\nPrivateKey = " + ExampleSecret.base64(42, "wireguard-private-key/0/0") + "A=\nAddress = 10.0.0.2/32"
        ],
        falsePositives: [
            "PrivateKey = <private key>",
            "PrivateKey = $(cat /etc/wireguard/private.key)",
        ]
    )
}
