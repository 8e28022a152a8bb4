extension SecretRule {
    /// Facebook app secrets: 32 hexadecimal digits next to a Facebook name.
    static let facebookAppSecret = SecretRule(
        id: "facebook-app-secret",
        name: "Facebook (Meta) app secret",
        provider: "Meta",
        severity: .high,
        keywords: ["facebook", "fb_app_secret", "fb_secret"],
        pattern: #"(?i:facebook|fb_app_secret|fb_secret)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?([a-f0-9]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://developers.facebook.com/docs/facebook-login/security/#appsecret",
        truePositives: [
            "FACEBOOK_APP_SECRET=" + ExampleSecret.hex(32, "facebook-app-secret/0/0"),
            "FB_APP_SECRET: \"" + ExampleSecret.hex(32, "facebook-app-secret/1/0") + "\"",
        ],
        falsePositives: [
            "FACEBOOK_APP_SECRET=<app secret>",
            "FACEBOOK_APP_ID=1234567890",
        ]
    )
}
