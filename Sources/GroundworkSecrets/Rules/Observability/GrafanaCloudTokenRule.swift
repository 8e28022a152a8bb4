extension SecretRule {
    /// Grafana Cloud access policy tokens: `glc_` and a base64 payload.
    static let grafanaCloudToken = SecretRule(
        id: "grafana-cloud-token",
        name: "Grafana Cloud access policy token",
        provider: "Grafana Labs",
        severity: .high,
        keywords: ["glc_"],
        pattern: #"\b(glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/=])"#,
        minimumEntropy: 4.0,
        remediation: "https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/",
        truePositives: [
            "GRAFANA_CLOUD_TOKEN=glc_" + ExampleSecret.base64(120, "grafana-cloud-token/0/0") + "=="
        ],
        falsePositives: [
            "GRAFANA_CLOUD_TOKEN=glc_<token>"
        ]
    )
}
