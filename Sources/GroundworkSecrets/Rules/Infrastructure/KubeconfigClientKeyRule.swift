extension SecretRule {
    /// Client private keys embedded in kubeconfig files (`client-key-data:`): cluster credentials.
    static let kubeconfigClientKey = SecretRule(
        id: "kubeconfig-client-key",
        name: "Kubernetes client key in a kubeconfig",
        provider: "Kubernetes",
        severity: .critical,
        keywords: ["client-key-data:"],
        pattern: #"client-key-data:[ \t]*["\']?([A-Za-z0-9+/]{60,}={0,2})"#,
        minimumEntropy: 4.0,
        remediation: "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
        truePositives: [
            "    client-key-data: LS0tLS1CRUdJTi" + ExampleSecret.base64(400, "kubeconfig-client-key/0/0") + "="
        ],
        falsePositives: [
            "    client-key-data: <base64-encoded key>",
            "    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t",
        ]
    )
}
