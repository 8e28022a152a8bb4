extension SecretRule {
    /// HTTP Basic credentials (`Authorization: Basic …`): base64 of `user:password`, which the rule decodes to be sure;
    /// a value that holds no password is marked public, so that no other rule reports it.
    static let httpBasicAuthHeader = SecretRule(
        id: "http-basic-auth",
        name: "HTTP Basic credentials",
        provider: "HTTP Basic authentication",
        severity: .high,
        keywords: ["basic "],
        pattern: #"\b(?i:basic) +([A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])"#,
        minimumEntropy: 3.0,
        remediation: "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
        truePositives: [
            "Authorization: Basic " + ExampleSecret.basicCredentials(user: "deploy", seed: "http-basic-auth/0"),
            "headers = {\"Authorization\": \"Basic " + ExampleSecret.basicCredentials(user: "ci", seed: "http-basic-auth/1") + "\"}",
        ],
        falsePositives: [
            "Authorization: Basic <credentials>",
            "Authorization: Basic ${BASIC_AUTH}",
            "This uses basic authentication everywhere",
        ],
        refine: markingPublic { !BasicCredentials.holdsPassword($0.value) }
    )
}
