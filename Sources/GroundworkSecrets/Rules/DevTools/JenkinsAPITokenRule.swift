extension SecretRule {
    /// Jenkins API tokens: 34 hexadecimal digits (`11…`) or 32, next to a Jenkins name.
    static let jenkinsAPIToken = SecretRule(
        id: "jenkins-api-token",
        name: "Jenkins API token",
        provider: "Jenkins",
        severity: .high,
        keywords: ["jenkins"],
        pattern: #"(?i:jenkins)[\w.\-]{0,40}?["\'`\]]{0,3}[ \t]{0,4}(?:=>|:=|=|:|,|\()[ \t]{0,4}["\'`]?(1[0-9a-f]{33}|[0-9a-f]{32})(?![A-Za-z0-9_\-])"#,
        minimumEntropy: 3.0,
        reportsInTestCode: false,
        remediation: "https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/",
        truePositives: [
            "JENKINS_API_TOKEN=11" + ExampleSecret.hex(32, "jenkins-api-token/0/0"),
            "jenkins_token: \"" + ExampleSecret.hex(32, "jenkins-api-token/1/0") + "\"",
        ],
        falsePositives: [
            "JENKINS_API_TOKEN=<api token>",
            "JENKINS_URL=https://ci.acme.example/",
        ]
    )
}
