extension SecretRule {
    /// Registry credentials in a Docker `config.json` (`"auth": base64 of user:password`).
    static let dockerConfigAuth = SecretRule(
        id: "docker-config-auth",
        name: "Registry credentials in a Docker config",
        provider: "Docker",
        severity: .high,
        keywords: ["\"auth\""],
        pattern: #""auth"\s*:\s*"([A-Za-z0-9+/]{4,}={0,2})""#,
        minimumEntropy: 3.0,
        remediation: "https://docs.docker.com/reference/cli/docker/login/",
        truePositives: [
            "{\"auths\": {\"registry.acme.example\": {\"auth\": \"" + ExampleSecret.basicCredentials(user: "robot", seed: "docker-config-auth/0") + "\"}}}"
        ],
        falsePositives: [
            "{\"auths\": {\"ghcr.io\": {\"auth\": \"\"}}}",
            "\"auth\": \"dXNlcjo=\"",
        ],
        refine: markingPublic { !BasicCredentials.holdsPassword($0.value) }
    )
}
