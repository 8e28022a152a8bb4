extension SecretRule {
    /// Grafana legacy API keys: base64 JSON starting `{"k":"` (`eyJrIjoi`).
    static let grafanaAPIKey = SecretRule(
        id: "grafana-api-key",
        name: "Grafana API key (legacy)",
        provider: "Grafana Labs",
        severity: .high,
        keywords: ["eyjrijoi"],
        pattern: #"\b(eyJrIjoi[A-Za-z0-9]{70,400}={0,2})(?![A-Za-z0-9=])"#,
        minimumEntropy: 4.0,
        remediation: "https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/",
        truePositives: [
            "GRAFANA_API_KEY=eyJrIjoi" + ExampleSecret.base62(80, "grafana-api-key/0/0") + "=="
        ],
        falsePositives: [
            "GRAFANA_API_KEY=eyJrIjoi..."
        ]
    )
}
