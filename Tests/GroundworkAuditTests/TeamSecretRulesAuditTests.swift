import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkSecretVerification
import GroundworkSecrets
import GroundworkTestSupport
import Testing

/// Issue 15, §5 and §6 through the audit engine: a team's rules from `.groundwork.yaml`, a rules file and a
/// gitleaks configuration; a gitleaks report as a baseline; verification of what was found.
@Suite("team secret rules and verification in the audit")
struct TeamSecretRulesAuditTests {
    // Joined at run time so this file holds no token.
    static let acmeToken = "acme_" + "Q7mW2kR9vXp4LzT8nB3cYt5r"
    static let corpToken = "corp-" + "h4T9qLm2Xv7Rk3Wz8Np5"
    static let gitHubToken = "ghp_" + "R8xKq2Lm5Np7Wz3Yt6Vb9Cd1Fg4Hj00XG6G8"

    static let configuration = """
        version: 1
        secrets:
          rules:
            - id: acme-api-key
              description: Acme API key
              keywords: [acme_]
              pattern: '\\b(acme_[A-Za-z0-9]{24})\\b'
              examples:
                true: ["ACME_KEY=\(acmeToken)"]  # groundwork:allow (an example, not a leak)
                false: ["ACME_KEY=acme_xxxxxxxxxxxxxxxxxxxxxxxx"]
          rules_file: .gitleaks.toml
        """

    static let gitleaks = """
        title = "corp"

        [allowlist]
        stopwords = ["sample"]

        [[rules]]
        id = "corp-token"
        description = "Corp internal token"
        regex = '''\\b(corp-[a-zA-Z0-9]{20})\\b'''
        secretGroup = 1
        entropy = 3.0
        keywords = ["corp-"]

        [[rules]]
        id = "pkcs12-file"
        path = '''(?i)\\.p(?:12|fx)$'''
        """

    static func options(_ cache: ScratchDirectory) -> AuditOptions {
        var options = AuditOptions()
        options.directories = Directories(cache: cache.path, config: cache.appending("config"))
        options.areas = [.security]
        return options
    }

    static func secretEvidence(_ report: AuditReport) -> [Evidence] {
        report.results.filter { $0.id.hasPrefix("security.secrets-in-") }.flatMap(\.evidence)
    }

    @Test("rules of .groundwork.yaml and of the gitleaks file it names find their secrets, in tree and history; allowlisted values stay out")
    func repositoryRules() throws {
        let repo = try RepoBuilder()
        try repo.commit(
            "Configure",
            files: [
                ".groundwork.yaml": .text(Self.configuration), ".gitleaks.toml": .text(Self.gitleaks),
                "src/acme.js": "const key = '\(Self.acmeToken)'\n",
                "src/corp.py": "TOKEN = '\(Self.corpToken)'\nDOC = 'corp-sampleAbCdEfGh12345'\n",
            ])
        let cache = ScratchDirectory()
        let report = try Auditor.audit(repo.path, options: Self.options(cache))
        let tree = try #require(report.results.first { $0.id == "security.secrets-in-tree" })
        #expect(Set(tree.evidence.compactMap(\.fingerprint)) == [":src/acme.js:acme-api-key:1", ":src/corp.py:corp-token:1"])
        #expect(tree.evidence.allSatisfy { $0.liveness == nil }, "nothing is verified without --verify-secrets")
        #expect(report.secretVerification == nil)
    }

    @Test("a rule that fails its own example is refused with .groundwork.yaml and its line")
    func badRepositoryRule() throws {
        let repo = try RepoBuilder()
        let broken = Self.configuration.replacingOccurrences(of: "[A-Za-z0-9]{24}", with: "[0-9]{24}")
        try repo.commit("Configure", files: [".groundwork.yaml": .text(broken), ".gitleaks.toml": .text(Self.gitleaks)])
        let cache = ScratchDirectory()
        #expect {
            _ = try Auditor.audit(repo.path, options: Self.options(cache))
        } throws: { error in
            let message = String(describing: error)
            return (error as? AuditError)?.code == .badConfiguration && message.hasPrefix(".groundwork.yaml:9")
                && message.contains("does not report its own example")
        }
    }

    @Test(
        "a gitleaks configuration is refused at the line of the bad rule",
        arguments: [
            ("[[rules]]\nid = \"a\"\nregex = '''(unclosed'''\nkeywords = [\"a\"]\n", "rules.toml:1: rule a", "not a regular expression"),
            ("title = \"t\"\n\n[[rules]]\nid = \"a\"\nregex = '''a+'''\nkeywords = [\"a\"]\n\n[[rules]]\nid = \"b\"\nregex = '''b+'''\n", "rules.toml:8: rule b", "no ASCII `keywords`"),
            ("title = \"no rules\"\n", "rules.toml:1:", "no [[rules]]"),
            ("[extend]\npath = \"missing.toml\"\n", "rules.toml:1: [extend]", "cannot be read"),
            ("[[rules]]\nid = \"a\"\nregex = '''a+'''\nkeywords = [\"a\"]\n[[rules.allowlists]]\nregexTarget = \"word\"\nregexes = ['''x''']\n", "rules.toml:1:", "expected secret, match or line"),
        ])
    func badGitleaksConfiguration(text: String, place: String, problem: String) throws {
        let scratch = ScratchDirectory()
        let path = scratch.appending("rules.toml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try SecretRulesFile.load(path)
        } throws: { error in
            let message = String(describing: error)
            return message.hasPrefix(scratch.appending(place)) && message.contains(problem)
        }
    }

    @Test("gitleaks' path, allowlist paths and regexTarget, and [extend] path with disabledRules, carry over")
    func gitleaksScopesAndExtends() throws {
        let base = """
            [[rules]]
            id = "corp-token"
            regex = '''\\b(corp-[a-zA-Z0-9]{20})\\b'''
            keywords = ["corp-"]

            [[rules]]
            id = "legacy-token"
            regex = '''\\b(legacy-[a-zA-Z0-9]{20})\\b'''
            keywords = ["legacy-"]
            """
        let top = """
            [extend]
            path = "base.toml"
            disabledRules = ["legacy-token"]

            [[rules]]
            id = "deploy-token"
            regex = '''\\b(dpl-[a-zA-Z0-9]{20})\\b'''
            keywords = ["dpl-"]
            path = '''^deploy/'''
            [[rules.allowlists]]
            regexTarget = "line"
            regexes = ['''#\\s*example''']
            [[rules.allowlists]]
            paths = ['''^deploy/fixtures/''']
            """
        let repo = try RepoBuilder()
        let deploy = "dpl-" + "Xq7Lm2Rv9Tk4Wz8Np3Ys"
        let legacy = "legacy-" + "Xq7Lm2Rv9Tk4Wz8Np3Ys"
        try repo.commit(
            "Configure",
            files: [
                ".groundwork.yaml": "version: 1\nsecrets:\n  rules_file: config/.gitleaks.toml\n",
                "config/.gitleaks.toml": .text(top), "config/base.toml": .text(base),
                "deploy/prod.env": "TOKEN=\(deploy)\nSAMPLE=\(deploy)  # example\n",
                "deploy/fixtures/test.env": "TOKEN=\(deploy)\n",
                "src/app.env": "TOKEN=\(deploy)\nCORP=\(Self.corpToken)\nOLD=\(legacy)\n",
            ])
        let cache = ScratchDirectory()
        var options = Self.options(cache)
        options.includeHistory = false
        let report = try Auditor.audit(repo.path, options: options)
        let tree = try #require(report.results.first { $0.id == "security.secrets-in-tree" })
        // deploy-token: only under deploy/, not on the line the allowlist names, not under deploy/fixtures/;
        // corp-token comes from the extended file; legacy-token was disabled there.
        #expect(Set(tree.evidence.compactMap(\.fingerprint)) == [":deploy/prod.env:deploy-token:1", ":src/app.env:corp-token:2"])
    }

    @Test("gitleaks allowlists ignore commits, and condition = AND asks every kind it lists")
    func gitleaksCommitsAndConditions() throws {
        let token = { (n: Int) in "dpl-" + "Xq7Lm2Rv9Tk4Wz8Np3Y\(n)" }
        let repo = try RepoBuilder()
        // Three commits each add a token in two files (of different contents: history reports a blob once, at
        // the first path it is seen); the allowlists below ignore some of them.
        let first = try repo.commit("First", files: ["a/one.env": "T=\(token(1))\n", "b/one.env": "B=\(token(1))\n"])
        let second = try repo.commit("Second", files: ["a/two.env": "T=\(token(2))\n", "b/two.env": "B=\(token(2))\n"])
        try repo.commit("Third", files: ["a/three.env": "T=\(token(3)) # rotated\n", "b/three.env": "B=\(token(3))\n"])
        let rules = """
            [[rules]]
            id = "deploy-token"
            regex = '''\\b(dpl-[a-zA-Z0-9]{20})\\b'''
            keywords = ["dpl-"]
            # Every finding the first commit added (by a 7-digit prefix).
            [[rules.allowlists]]
            commits = ["\(first.description.prefix(7))"]
            # The second commit's, under a/ only.
            [[rules.allowlists]]
            condition = "AND"
            commits = ["\(second.description)"]
            paths = ['''^a/''']
            # A rotated token: its line says so and the secret holds y3.
            [[rules.allowlists]]
            condition = "AND"
            regexTarget = "line"
            regexes = ['''#\\s*rotated''']
            stopwords = ["y3"]
            """
        try repo.commit("Configure", files: [".groundwork.yaml": "version: 1\nsecrets:\n  rules_file: .gitleaks.toml\n", ".gitleaks.toml": .text(rules)])
        let cache = ScratchDirectory()
        let report = try Auditor.audit(repo.path, options: Self.options(cache))
        let history = try #require(report.results.first { $0.id == "security.secrets-in-history" })
        #expect(Set(history.evidence.compactMap(\.path)) == ["b/two.env", "b/three.env"])
        // The tree has no commit: the commit allowlists ignore none of its findings.
        let tree = try #require(report.results.first { $0.id == "security.secrets-in-tree" })
        #expect(Set(tree.evidence.compactMap(\.path)) == ["a/one.env", "b/one.env", "a/two.env", "b/two.env", "b/three.env"])
    }

    @Test("condition = AND over a line expression and a path ignores only secrets meeting both, in tree and history, and an edited allowlist is not answered from the cache")
    func gitleaksAndOverContentAndPath() throws {
        let token = { (n: Int) in "dpl-" + "Xq7Lm2Rv9Tk4Wz8Np3Y\(n)" }
        let rules = { (marker: String) in
            """
            [[rules]]
            id = "deploy-token"
            regex = '''\\b(dpl-[a-zA-Z0-9]{20})\\b'''
            keywords = ["dpl-"]
            # Examples in the docs folder only: a token elsewhere, or one without the comment, is reported.
            [[rules.allowlists]]
            condition = "AND"
            regexTarget = "line"
            regexes = ['''#\\s*\(marker)''']
            paths = ['''^docs/''']
            """
        }
        let repo = try RepoBuilder()
        try repo.commit(
            "Tokens",
            files: [
                "docs/setup.md": "T=\(token(1)) # example\n", "docs/deploy.md": "T=\(token(2))\n",
                "src/app.env": "T=\(token(3)) # example\n",
            ])
        try repo.commit("Configure", files: [".groundwork.yaml": "version: 1\nsecrets:\n  rules_file: .gitleaks.toml\n", ".gitleaks.toml": .text(rules("example"))])
        let cache = ScratchDirectory()
        func reported() throws -> (tree: Set<String>, history: Set<String>) {
            let report = try Auditor.audit(repo.path, options: Self.options(cache))
            let tree = try #require(report.results.first { $0.id == "security.secrets-in-tree" })
            let history = try #require(report.results.first { $0.id == "security.secrets-in-history" })
            return (Set(tree.evidence.compactMap(\.path)), Set(history.evidence.compactMap(\.path)))
        }
        let cold = try reported()
        #expect(cold.tree == ["docs/deploy.md", "src/app.env"])
        #expect(cold.history == ["docs/deploy.md", "src/app.env"])
        let warm = try reported()
        #expect(warm.tree == cold.tree && warm.history == cold.history)
        // The allowlist now names another comment: the blobs' cached scans (which marked the first one) are
        // made under another rule definition, so every token is reported again.
        try repo.commit("Another marker", files: [".gitleaks.toml": .text(rules("sample"))])
        let edited = try reported()
        #expect(edited.tree == ["docs/setup.md", "docs/deploy.md", "src/app.env"])
        #expect(edited.history == ["docs/setup.md", "docs/deploy.md", "src/app.env"])
    }

    @Test(
        "gitleaks allowlists that cannot be carried over are refused",
        arguments: [
            ("condition = \"XOR\"\npaths = ['''^a/''']\n", "expected OR or AND"),
            ("regexes = ['''(unclosed''']\n", "allowlist regexes: `(unclosed` is not a regular expression"),
        ])
    func unsupportedAllowlists(list: String, problem: String) throws {
        let scratch = ScratchDirectory()
        let path = scratch.appending("rules.toml")
        try "[[rules]]\nid = \"a\"\nregex = '''a+'''\nkeywords = [\"a\"]\n[[rules.allowlists]]\n\(list)".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try SecretRulesFile.load(path)
        } throws: { error in
            let message = String(describing: error)
            return message.hasPrefix(scratch.appending("rules.toml:1: ")) && message.contains(problem)
        }
    }

    @Test("--verify-secrets asks the provider once per secret and writes live, revoked or unknown into every finding")
    func verification() throws {
        let server = try LocalHTTPServer { request in
            request.header("Authorization") == "Bearer \(Self.gitHubToken)" ? .json(#"{"login":"octocat"}"#) : .json("{}", status: 401)
        }
        defer { server.stop() }
        let repo = try RepoBuilder()
        try repo.commit(
            "Add config",
            files: [
                "config.js": "module.exports = { token: '\(Self.gitHubToken)' }\n",
                "settings.py": "password = 'Kd93xPqLm20vTz8'\n",
            ])
        let cache = ScratchDirectory()
        var options = Self.options(cache)
        var verification = SecretVerification()
        verification.environment = ["GROUNDWORK_VERIFY_GITHUB_URL": server.baseURL]
        verification.minimumInterval = .zero
        options.secretVerification = verification
        let report = try Auditor.audit(repo.path, options: options)
        let evidence = Self.secretEvidence(report)
        let gitHub = evidence.filter { $0.fingerprint?.contains(":github-token:") == true }
        #expect(gitHub.count == 2, "once in the tree, once in history")
        #expect(gitHub.allSatisfy { $0.liveness == "live" })
        #expect(evidence.filter { $0.fingerprint?.contains(":generic-assignment:") == true }.allSatisfy { $0.liveness == "unknown" })
        #expect(server.requests.count == 1 && server.requests[0].path == "/user")
        let summary = try #require(report.secretVerification)
        #expect(summary.contains("--verify-secrets") && summary.contains("github 1") && summary.contains("2 live"))
        // The cache holds no secret and no verdict: a second audit without verification reports none.
        let again = try Auditor.audit(repo.path, options: Self.options(cache))
        #expect(Self.secretEvidence(again).allSatisfy { $0.liveness == nil })
        for file in try FileManager.default.subpathsOfDirectory(atPath: cache.path) {
            let data = FileManager.default.contents(atPath: cache.appending(file)) ?? Data()
            #expect(data.range(of: Data(Self.gitHubToken.utf8)) == nil, "\(file) holds the token")
        }
    }

    @Test("a gitleaks JSON report is a baseline: the findings it triaged are accepted")
    func gitleaksReportBaseline() throws {
        let repo = try RepoBuilder()
        try repo.commit("Add config", files: ["config.js": "module.exports = { token: '\(Self.gitHubToken)' }\n"])
        let scratch = ScratchDirectory()
        let reportPath = scratch.appending("gitleaks.json")
        try #"[{"RuleID": "github-pat", "File": "config.js", "StartLine": 1, "Commit": "", "Secret": "REDACTED"}]"#
            .write(toFile: reportPath, atomically: true, encoding: .utf8)
        var options = Self.options(scratch)
        options.includeHistory = false
        options.baseline = try GroundworkSecrets.SecretBaseline(contentsOf: reportPath).fingerprints
        let report = try Auditor.audit(repo.path, options: options)
        #expect(report.results.first { $0.id == "security.secrets-in-tree" }?.status == .pass)
    }
}
