extension SecretRule {
    /// Registry tokens and passwords in `.npmrc` (`//host/:_authToken=…`, `:_auth=`, `:_password=`) for any registry.
    static let npmrcAuth = SecretRule(
        id: "npmrc-auth",
        name: "Registry credentials in an .npmrc",
        provider: "npm",
        severity: .high,
        keywords: [":_authtoken=", ":_auth=", ":_password="],
        pattern: #"(?i::_(?:authToken|auth|password))=([^\s"\'`$]{16,})"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://docs.npmjs.com/revoking-access-tokens",
        truePositives: [
            "//npm.pkg.github.com/:_authToken=" + ExampleSecret.base62(40, "npmrc-auth/0/0"),
            "//registry.acme.example/:_password=" + ExampleSecret.base64(24, "npmrc-auth/1/0") + "=",
        ],
        falsePositives: [
            "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
            "//npm.pkg.github.com/:_authToken=<token>",
        ]
    )
}
