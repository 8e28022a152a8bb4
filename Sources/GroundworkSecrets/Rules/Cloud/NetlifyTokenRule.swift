extension SecretRule {
    /// Netlify personal access tokens: `nfp_` tokens and older 40 to 46 characters next to a Netlify name.
    static let netlifyToken = SecretRule(
        id: "netlify-token",
        name: "Netlify access token",
        provider: "Netlify",
        severity: .high,
        keywords: ["netlify", "nfp_"],
        pattern: #"\b(nfp_[A-Za-z0-9]{36,48})(?![A-Za-z0-9_\-])|(?i:netlify)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([A-Za-z0-9_\-]{40,46})(?![A-Za-z0-9_\-])"#,
        secretGroups: [1, 2],
        minimumEntropy: 3.5,
        remediation: "https://app.netlify.com/user/applications",
        truePositives: [
            "NETLIFY_AUTH_TOKEN=" + ExampleSecret.base64URL(43, "netlify-token/0/0"),
            "NETLIFY_AUTH_TOKEN=nfp_" + ExampleSecret.base62(36, "netlify-token/1/0"),
        ],
        falsePositives: [
            "NETLIFY_AUTH_TOKEN=${{ secrets.NETLIFY_AUTH_TOKEN }}"
        ]
    )
}
