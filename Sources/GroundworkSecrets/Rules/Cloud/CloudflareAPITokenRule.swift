extension SecretRule {
    /// Cloudflare API tokens: 40 URL-safe characters next to a Cloudflare name.
    static let cloudflareAPIToken = SecretRule(
        id: "cloudflare-api-token",
        name: "Cloudflare API token",
        provider: "Cloudflare",
        severity: .high,
        keywords: ["cloudflare", "cf_api_token", "cf-api-token"],
        pattern: #"(?i:cloudflare|cf_api_token|cf\-api\-token)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9_\-]{40})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.5,
        reportsInTestCode: false,
        remediation: "https://developers.cloudflare.com/fundamentals/api/how-to/roll-token/",
        truePositives: [
            "CLOUDFLARE_API_TOKEN=" + ExampleSecret.base64URL(40, "cloudflare-api-token/0/0"),
            "CF_API_TOKEN: \"" + ExampleSecret.base64URL(40, "cloudflare-api-token/1/0") + "\"",
        ],
        falsePositives: [
            "CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}"
        ]
    )
}
