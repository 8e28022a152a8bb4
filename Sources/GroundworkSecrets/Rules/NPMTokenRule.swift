// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// npm access tokens: `npm_` and 36 alphanumerics (with a checksum we do not need to verify).
    static let npmToken = SecretRule(
        id: "npm-token",
        name: "npm access token",
        provider: "npm",
        severity: .high,
        keywords: ["npm_"],
        pattern: #"\b(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.npmjs.com/revoking-access-tokens",
        truePositives: [
            "//registry.npmjs.org/:_authToken=" + "npm_" + "cgrLRWzBQCABugjMgeP7cGq0pbqfi14ZgTsN"
        ],
        falsePositives: [
            "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
            "NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "echo $npm_package_version",
        ]
    )
}
