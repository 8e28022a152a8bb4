extension SecretRule {
    /// OpenShift OAuth access tokens: `sha256~` and 43 URL-safe characters.
    static let openShiftToken = SecretRule(
        id: "openshift-token",
        name: "OpenShift user token",
        provider: "Red Hat OpenShift",
        severity: .high,
        keywords: ["sha256~"],
        pattern: #"(?<![A-Za-z0-9_\-])(sha256~[A-Za-z0-9_\-]{43})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.openshift.com/container-platform/latest/authentication/managing-oauth-access-tokens.html",
        truePositives: [
            "oc login --token=sha256~" + ExampleSecret.base64URL(43, "openshift-token/0/0") + " --server=https://api.acme.example:6443"
        ],
        falsePositives: [
            "oc login --token=sha256~<token>"
        ]
    )
}
