extension SecretRule {
    /// RubyGems.org API keys: `rubygems_` and 48 hexadecimal digits.
    static let rubyGemsAPIKey = SecretRule(
        id: "rubygems-api-key",
        name: "RubyGems API key",
        provider: "RubyGems",
        severity: .critical,
        keywords: ["rubygems_"],
        pattern: #"\b(rubygems_[a-f0-9]{48})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://guides.rubygems.org/api-key-scopes/",
        truePositives: [
            "GEM_HOST_API_KEY=rubygems_" + ExampleSecret.hex(48, "rubygems-api-key/0/0"),
            ":rubygems_api_key: rubygems_" + ExampleSecret.hex(48, "rubygems-api-key/1/0"),
        ],
        falsePositives: [
            "GEM_HOST_API_KEY=rubygems_<key>"
        ]
    )
}
