// Example secrets are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// GitLab tokens: personal access (`glpat-`), pipeline trigger (`glptt-`), deploy (`gldt-`), runner (`glrt-`).
    static let gitLabToken = SecretRule(
        id: "gitlab-token",
        name: "GitLab token",
        provider: "GitLab",
        severity: .critical,
        keywords: ["glpat-", "glptt-", "gldt-", "glrt-"],
        pattern: #"\b(gl(?:pat|ptt|dt|rt)-[A-Za-z0-9_\-]{20,})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        remediation: "https://docs.gitlab.com/ee/security/token_overview.html",
        truePositives: [
            "GITLAB_TOKEN=" + "glpat-" + "KSNrh9UCauSDmLhuVtcq",
            "private_token: '" + "glpat-" + "KSNrh9UCauSDmLhuVtcq'",
        ],
        falsePositives: [
            "GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx",
            "GITLAB_TOKEN=glpat-<your-personal-access-token>",
            "curl --header \"PRIVATE-TOKEN: $GITLAB_TOKEN\"",
        ]
    )
}
