import Foundation
import GroundworkTestSupport
import Testing

/// Issue 15, §5 and §6 through the built binary: `--verify-secrets` against a local server standing in for
/// GitHub, and a team's rules file refused with its line.
@Suite("groundwork audit --verify-secrets and --secret-rules through the binary")
struct SecretVerificationEndToEndTests {
    static let githubToken = "ghp_" + "R8xKq2Lm5Np7Wz3Yt6Vb9Cd1Fg4Hj00XG6G8"
    static let acmeToken = "acme_" + "Q7mW2kR9vXp4LzT8nB3cYt5r"

    @Test("the report says the token is live, states that verification was on, and never prints the token")
    func verifySecrets() throws {
        let server = try LocalHTTPServer { request in
            request.header("Authorization") == "Bearer \(Self.githubToken)" ? .json(#"{"login":"octocat"}"#) : .json("{}", status: 401)
        }
        defer { server.stop() }
        let repo = try RepoBuilder()
        try repo.commit("Add config", files: ["config.js": "module.exports = { token: '\(Self.githubToken)' }\n"])
        let scratch = ScratchDirectory()
        let environment = BinaryRunner.environment(cache: scratch.path, extra: ["GROUNDWORK_VERIFY_GITHUB_URL": server.baseURL])
        let text = try BinaryRunner.run(["audit", repo.path, "--only", "security", "--no-history", "--verify-secrets"], environment: environment)
        #expect(text.standardOutput.contains("Secret verification (--verify-secrets) was on"))
        #expect(text.standardOutput.contains("config.js:1") && text.standardOutput.contains("[live]"))
        #expect(text.standardError.contains("--verify-secrets"))
        let json = try BinaryRunner.run(["audit", repo.path, "--only", "security", "--no-history", "--verify-secrets", "--format", "json"], environment: environment)
        #expect(json.standardOutput.contains(#""liveness" : "live""#) && json.standardOutput.contains(#""secretVerification""#))
        let sarif = try BinaryRunner.run(["audit", repo.path, "--only", "security", "--no-history", "--verify-secrets", "--format", "sarif"], environment: environment)
        #expect(sarif.standardOutput.contains("(provider verdict: live)"))
        let markdown = try BinaryRunner.run(["audit", repo.path, "--only", "security", "--no-history", "--verify-secrets", "--format", "markdown"], environment: environment)
        #expect(markdown.standardOutput.contains("**[live]**") && markdown.standardOutput.contains("> Secret verification (--verify-secrets) was on"))
        let html = try BinaryRunner.run(["audit", repo.path, "--only", "security", "--no-history", "--verify-secrets", "--format", "html"], environment: environment)
        #expect(html.standardOutput.contains("<strong class=\"liveness poor\">[live]</strong>") && html.standardOutput.contains("Secret verification (--verify-secrets) was on"))
        for output in [text, json, sarif, markdown, html] {
            #expect(!(output.standardOutput + output.standardError).contains(Self.githubToken))
        }
        #expect(server.requests.count == 5, "one request per run; none without the flag")
        let quiet = try BinaryRunner.run(["audit", repo.path, "--only", "security", "--no-history"], environment: environment)
        #expect(!quiet.standardOutput.contains("verification") && server.requests.count == 5)
    }

    @Test("--secret-rules: a team's rule finds its secret; a rule failing its own example exits 64 with file:line")
    func secretRules() throws {
        let repo = try RepoBuilder()
        try repo.commit("Add client", files: ["src/acme.js": "const key = '\(Self.acmeToken)'\n"])
        let scratch = ScratchDirectory()
        let rules = scratch.appending("rules.yaml")
        let file = """
            rules:
              - id: acme-api-key
                keywords: [acme_]
                pattern: '\\b(acme_[A-Za-z0-9]{24})\\b'
                examples:
                  true: ["ACME_KEY=\(Self.acmeToken)"]
            """
        try file.write(toFile: rules, atomically: true, encoding: .utf8)
        let environment = BinaryRunner.environment(cache: scratch.path)
        let found = try BinaryRunner.run(["audit", repo.path, "--only", "security", "--secret-rules", rules], environment: environment)
        #expect(found.standardOutput.contains("acme-api-key") || found.standardOutput.contains("acme****"))
        try file.replacingOccurrences(of: "{24}", with: "{30}").write(toFile: rules, atomically: true, encoding: .utf8)
        let refused = try BinaryRunner.run(["audit", repo.path, "--secret-rules", rules], environment: environment)
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("\(rules):6") && refused.standardError.contains("does not report its own example"))
    }
}
