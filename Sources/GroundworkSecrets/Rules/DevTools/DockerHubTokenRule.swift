extension SecretRule {
    /// Docker Hub personal (`dckr_pat_`) and organisation (`dckr_oat_`) access tokens.
    static let dockerHubToken = SecretRule(
        id: "docker-hub-token",
        name: "Docker Hub access token",
        provider: "Docker",
        severity: .critical,
        keywords: ["dckr_pat_", "dckr_oat_"],
        pattern: #"\b(dckr_(?:pat|oat)_[A-Za-z0-9_\-]{27,32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.docker.com/security/for-developers/access-tokens/",
        truePositives: [
            "DOCKERHUB_TOKEN=dckr_pat_" + ExampleSecret.base64URL(27, "docker-hub-token/0/0"),
            "echo dckr_oat_" + ExampleSecret.base64URL(32, "docker-hub-token/1/0") + " | docker login -u acme --password-stdin",
        ],
        falsePositives: [
            "DOCKERHUB_TOKEN=dckr_pat_<token>"
        ]
    )
}
