extension SecretRule {
    /// Sourcegraph access tokens: `sgp_`, an optional instance id and 40 hexadecimal digits.
    static let sourcegraphAccessToken = SecretRule(
        id: "sourcegraph-access-token",
        name: "Sourcegraph access token",
        provider: "Sourcegraph",
        severity: .high,
        keywords: ["sgp_"],
        pattern: #"\b(sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token",
        truePositives: [
            "SRC_ACCESS_TOKEN=sgp_" + ExampleSecret.hex(16, "sourcegraph-access-token/0/0") + "_" + ExampleSecret.hex(40, "sourcegraph-access-token/0/1")
        ],
        falsePositives: [
            "SRC_ACCESS_TOKEN=sgp_<token>"
        ]
    )
}
