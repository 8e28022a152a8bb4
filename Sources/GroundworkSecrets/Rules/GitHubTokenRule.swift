// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// GitHub tokens: classic personal (`ghp_`), OAuth (`gho_`), user-to-server (`ghu_`), server-to-server
    /// (`ghs_`), refresh (`ghr_`) and fine-grained personal tokens (`github_pat_`).
    static let gitHubToken = SecretRule(
        id: "github-token",
        name: "GitHub token",
        severity: .critical,
        keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
        pattern: #"\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])"#,
        minimumEntropy: 3.5,
        truePositives: [
            "GITHUB_TOKEN=" + "ghp_" + "8ResqEDusTpkr0cStY4qWB8dWKnHfDNxSIvP",
            "  token: " + "gho_" + "ZZ63fFKcZjR4I0b3jRtaWr4Y9OJFLJOqOAf1",
            "git clone https://" + "ghs_" + "8ResqEDusTpkr0cStY4qWB8dWKnHfDNxSIvP" + "@github.com/acme/api.git",
            "export GH_TOKEN=" + "github_pat_" + "lLQSAJaiXnkU8Is2g8nprv"
                + "_Dd53x83rzjZZZZGeoZDMENcKHVmDGAkJiG8XnBE3NnYJoQ9WmXeHH2fdeeT",
        ],
        falsePositives: [
            "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "GITHUB_TOKEN=" + "ghp_" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            // Too short to be a token.
            "prefix = \"ghp_\" + suffix",
            "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
        ]
    )
}
