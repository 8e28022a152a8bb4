extension SecretRule {
    /// Cloudflare global API keys: 37 hexadecimal digits next to a Cloudflare name; they act as the whole account.
    static let cloudflareGlobalAPIKey = SecretRule(
        id: "cloudflare-global-api-key",
        name: "Cloudflare global API key",
        provider: "Cloudflare",
        severity: .critical,
        keywords: ["cloudflare", "cf_api_key", "cf-auth-key", "cf_auth_key"],
        pattern: #"(?i:cloudflare|cf_api_key|cf\-auth\-key|cf_auth_key)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{37})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://developers.cloudflare.com/fundamentals/api/get-started/keys/",
        truePositives: [
            "CLOUDFLARE_API_KEY=" + ExampleSecret.hex(37, "cloudflare-global-api-key/0/0"),
            "headers[\"X-Auth-Key\"] = cloudflare_key = \"" + ExampleSecret.hex(37, "cloudflare-global-api-key/1/0") + "\"",
        ],
        falsePositives: [
            "CLOUDFLARE_API_KEY=<global api key>"
        ]
    )
}
