extension SecretRule {
    /// DigitalOcean personal access (`dop_v1_`), OAuth (`doo_v1_`) and refresh (`dor_v1_`) tokens.
    static let digitalOceanToken = SecretRule(
        id: "digitalocean-token",
        name: "DigitalOcean token",
        provider: "DigitalOcean",
        severity: .critical,
        keywords: ["dop_v1_", "doo_v1_", "dor_v1_"],
        pattern: #"\b(do[por]_v1_[a-f0-9]{64})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
        truePositives: [
            "DIGITALOCEAN_TOKEN=dop_v1_" + ExampleSecret.hex(64, "digitalocean-token/0/0"),
            "do_token: \"doo_v1_" + ExampleSecret.hex(64, "digitalocean-token/1/0") + "\"",
            "refresh = \"dor_v1_" + ExampleSecret.hex(64, "digitalocean-token/2/0") + "\"",
        ],
        falsePositives: [
            "DIGITALOCEAN_TOKEN=dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ]
    )
}
