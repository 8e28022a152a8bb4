extension SecretRule {
    /// HCP Terraform and Terraform Enterprise API tokens: a 14-character id, `.atlasv1.` and the secret.
    static let terraformCloudToken = SecretRule(
        id: "terraform-cloud-token",
        name: "HCP Terraform (Terraform Cloud) API token",
        provider: "HashiCorp",
        severity: .critical,
        keywords: [".atlasv1."],
        pattern: #"\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-=]{60,70})(?![A-Za-z0-9_\-=])"#,
        minimumEntropy: 3.5,
        remediation: "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens",
        truePositives: [
            "TFE_TOKEN=" + ExampleSecret.base62(14, "terraform-cloud-token/0/0") + ".atlasv1." + ExampleSecret.base64URL(67, "terraform-cloud-token/0/1"),
            "credentials \"app.terraform.io\" { token = \"" + ExampleSecret.base62(14, "terraform-cloud-token/1/0") + ".atlasv1." + ExampleSecret.base64URL(67, "terraform-cloud-token/1/1") + "\" }",
        ],
        falsePositives: [
            "TFE_TOKEN=<token>.atlasv1.<secret>"
        ]
    )
}
