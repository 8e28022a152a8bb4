extension SecretRule {
    /// Grafana service account tokens: `glsa_`, 32 alphanumerics and an 8-digit checksum.
    static let grafanaServiceAccountToken = SecretRule(
        id: "grafana-service-account-token",
        name: "Grafana service account token",
        provider: "Grafana Labs",
        severity: .high,
        keywords: ["glsa_"],
        pattern: #"\b(glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://grafana.com/docs/grafana/latest/administration/service-accounts/",
        truePositives: [
            "GRAFANA_TOKEN=glsa_" + ExampleSecret.base62(32, "grafana-service-account-token/0/0") + "_" + ExampleSecret.hex(8, "grafana-service-account-token/0/1")
        ],
        falsePositives: [
            "GRAFANA_TOKEN=glsa_<token>"
        ]
    )
}
