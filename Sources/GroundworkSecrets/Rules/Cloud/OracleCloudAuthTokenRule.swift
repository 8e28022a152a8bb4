extension SecretRule {
    /// Oracle Cloud Infrastructure auth tokens: 20 characters, punctuation included, next to an OCI or Oracle name.
    static let oracleCloudAuthToken = SecretRule(
        id: "oracle-cloud-auth-token",
        name: "Oracle Cloud auth token",
        provider: "Oracle Cloud",
        severity: .high,
        keywords: ["oci_", "oci-", "oracle"],
        pattern: #"(?i:oci_|oci\-|oracle)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9()<>:;{}\[\]_.+#\-]{20})(?![A-Za-z0-9()<>:;{}\[\]_.+#\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://docs.oracle.com/en-us/iaas/Content/Identity/access/managing-user-credentials.htm",
        truePositives: [
            "OCI_AUTH_TOKEN=\"" + ExampleSecret.base62(8, "oracle-cloud-auth-token/0/0") + "#" + ExampleSecret.base62(6, "oracle-cloud-auth-token/0/1") + ":"
                + ExampleSecret.base62(4, "oracle-cloud-auth-token/0/2") + "\"",
            "oracle_auth_token: \"" + ExampleSecret.base62(12, "oracle-cloud-auth-token/1/0") + "_" + ExampleSecret.base62(7, "oracle-cloud-auth-token/1/1") + "\"",
        ],
        falsePositives: [
            "OCI_AUTH_TOKEN=${OCI_AUTH_TOKEN}",
            "oci_region: us-ashburn-1",
        ]
    )
}
