// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// GitHub tokens: classic personal (`ghp_`), OAuth (`gho_`), user-to-server (`ghu_`), server-to-server
    /// (`ghs_`), refresh (`ghr_`) and fine-grained personal tokens (`github_pat_`). A 36-character token of the
    /// 2021 format must carry its CRC-32 checksum (`GitHubTokenChecksum`): one that does not was never issued.
    static let gitHubToken = SecretRule(
        id: "github-token",
        name: "GitHub token",
        provider: "GitHub",
        severity: .critical,
        keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
        pattern: #"\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])"#,
        minimumEntropy: 3.5,
        remediation: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation",
        truePositives: [
            "GITHUB_TOKEN=" + ExampleSecret.gitHubToken("ghp_", "github-token/0"),
            "  token: " + ExampleSecret.gitHubToken("gho_", "github-token/1"),
            "git clone https://" + ExampleSecret.gitHubToken("ghs_", "github-token/2") + "@github.com/acme/api.git",
            "refresh_token=" + ExampleSecret.gitHubToken("ghr_", "github-token/3"),
            "export GH_TOKEN=" + "github_pat_" + "lLQSAJaiXnkU8Is2g8nprv"
                + "_Dd53x83rzjZZZZGeoZDMENcKHVmDGAkJiG8XnBE3NnYJoQ9WmXeHH2fdeeT",
        ],
        falsePositives: [
            "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "GITHUB_TOKEN=" + "ghp_" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            // Too short to be a token.
            "prefix = \"ghp_\" + suffix",
            "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
            // The right shape, but the last six characters are not the checksum of the thirty before them.
            "GITHUB_TOKEN=" + "ghp_" + "8ResqEDusTpkr0cStY4qWB8dWKnHfDNxSIvP",
        ],
        // A classic token whose checksum fails was never issued: claimed as public, so the generic rule is quiet too.
        refine: markingPublic { candidate in
            let classic = candidate.value.utf8.count == 40 && !candidate.value.hasPrefix("github_pat_")
            return classic && !GitHubTokenChecksum.isValid(candidate.value)
        }
    )
}
