import Foundation
import GroundworkAuditModel
import GroundworkSecrets

/// A check with fixed facts, so tests can make `CheckResult`s without running anything.
struct FixtureCheck: Check {
    var id: String
    var title: String
    var severity: Severity
    var rationale: String
    var fixedBy: [String]
    var effortHours: Double

    var examples: [CheckExample] { [] }

    func evaluate(_ context: AuditContext) -> CheckOutcome { .passed }
}

/// Reports built in code: a realistic one, an empty repository, one with a secret, one with hostile text.
enum ReportFixtures {
    static let commit = "3f5c2a9e8b7d6c5b4a39281706f5e4d3c2b1a098"
    static let historyCommit = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"
    static let generatedAt = Date(timeIntervalSince1970: 1_740_830_400) // 2025-03-01T12:00:00Z

    static func result(
        _ id: String, _ severity: Severity, _ outcome: CheckOutcome,
        title: String? = nil, fixedBy: [String] = [], hours: Double = 1, rationale: String = "It matters."
    ) -> CheckResult {
        let check = FixtureCheck(id: id, title: title ?? "Check \(id) holds", severity: severity, rationale: rationale, fixedBy: fixedBy, effortHours: hours)
        return CheckResult(check: check, outcome: outcome)
    }

    static func repository(source: String = "https://github.com/acme/shop.git", commit: String? = ReportFixtures.commit) -> RepositoryInfo {
        RepositoryInfo(source: source, commit: commit, branch: commit == nil ? nil : "main", isBare: false, isShallow: false, submodules: [], skippedLargeFiles: 0)
    }

    static var stack: Stack {
        var stack = Stack()
        stack.languages = [
            LanguageUsage(name: "TypeScript", files: 120, bytes: 700_000, lines: 21_000),
            LanguageUsage(name: "JavaScript", files: 30, bytes: 200_000, lines: 6_000),
            LanguageUsage(name: "Shell", files: 4, bytes: 100_000, lines: 900),
            LanguageUsage(name: "Dockerfile", files: 1, bytes: 400, lines: 20),
        ]
        var api = StackPackage(path: "services/api", name: "api", ecosystem: "node", packageManager: "pnpm", manifest: "services/api/package.json")
        api.frameworks = ["express"]
        api.kind = .service
        api.runtimeVersion = "20"
        api.usesTypeScript = true
        api.lockfile = "pnpm-lock.yaml"
        api.entrypoints = ["services/api/src/index.ts"]
        api.ports = [3000]
        api.testCommand = "pnpm test"
        var ui = StackPackage(path: "packages/ui", name: "@acme/ui", ecosystem: "node", packageManager: "pnpm", manifest: "packages/ui/package.json")
        ui.frameworks = ["react"]
        ui.kind = .library
        stack.packages = [api, ui]
        stack.monorepo = "pnpm-workspaces"
        stack.delivery.kubernetesManifests = ["deploy/api.yaml"]
        stack.ciSystems = [CISystem(name: "github-actions", files: [".github/workflows/ci.yml"])]
        stack.license = LicenseFact(path: "LICENSE", spdx: "MIT")
        return stack
    }

    static var history: HistorySummary {
        var facts = HistoryFacts()
        facts.commitCount = 412
        facts.authors = [
            AuthorActivity(name: "Ann", email: "ann@acme.test", commits: 300, lastCommit: generatedAt),
            AuthorActivity(name: "Bob", email: "bob@acme.test", commits: 112, lastCommit: generatedAt),
        ]
        facts.recentAuthors = [AuthorActivity(name: "Ann", email: "ann@acme.test", commits: 40, lastCommit: generatedAt)]
        facts.lastCommitDate = generatedAt.addingTimeInterval(-86_400 * 3)
        facts.commitsPerMonth = [3, 5, 0, 12, 8, 9, 14, 2, 0, 6, 11, 7]
        return HistorySummary(facts)
    }

    /// Failures in four areas (critical, high, medium, low, one with no brick), passes and a check that did not apply.
    static var full: AuditReport {
        let results = [
            result("docs.readme", .high, .passed, title: "A README explains the project", fixedBy: ["readme"], hours: 2),
            result(
                "docs.contributing", .low, .failed([Evidence("no CONTRIBUTING.md at the root, in .github/ or docs/")]),
                title: "A contributing guide exists", fixedBy: ["community-files"], hours: 1),
            result("docs.codeowners", .low, .failed([]), title: "Code owners are declared", hours: 0.5),
            result(
                "ci.tests", .high, .failed([Evidence("no workflow runs `pnpm test`", path: ".github/workflows/ci.yml", line: 12)]),
                title: "CI runs the tests", fixedBy: ["ci"], hours: 3),
            result(
                "delivery.dockerfile", .high, .failed([Evidence("service api has no Dockerfile", path: "services/api")]),
                title: "Every service has a Dockerfile", fixedBy: ["docker"], hours: 4),
            result(
                "delivery.k8s-probes", .medium,
                .failed([
                    Evidence("container api has no readinessProbe", path: "deploy/api.yaml", line: 18),
                    Evidence("container api has no livenessProbe", path: "deploy/api.yaml", line: 18),
                ]), title: "Containers declare probes", fixedBy: ["k8s", "docker"], hours: 1.5),
            result("delivery.dockerignore", .low, .notApplicable("no Dockerfile to go with"), title: "A .dockerignore exists", fixedBy: ["docker"]),
            result(
                "security.secrets-history", .critical,
                .failed([
                    Evidence("GitHub token ghp_**** added", path: "scripts/deploy.sh", line: 7, commit: historyCommit)
                ]), title: "No secret was ever committed", hours: 2),
            result("git.bus-factor", .medium, .passed, title: "More than one person knows the code"),
        ]
        return AuditReport(
            tool: "groundwork 0.1.0", repository: repository(), generatedAt: generatedAt, stack: stack,
            results: results, history: history, problems: ["history is partial: the clone is shallow"]
        )
    }

    /// An empty repository: no commit, no stack, no results, no history.
    static var empty: AuditReport {
        AuditReport(
            tool: "groundwork 0.1.0", repository: repository(source: "/tmp/empty", commit: nil), generatedAt: generatedAt,
            stack: Stack(), results: [], history: nil, problems: [])
    }

    /// A secret found in a line, redacted the way the secrets scanner does before making evidence.
    static func withSecret(raw: String) -> AuditReport {
        let line = "aws_secret_access_key = \(raw)"
        let evidence = Evidence("AWS secret access key in `\(Redaction.redact(raw, in: line))`", path: "config/prod.env", line: 3)
        let results = [result("security.secrets-tree", .critical, .failed([evidence]), title: "No secret in the tree", fixedBy: ["env-secrets"], hours: 2)]
        return AuditReport(
            tool: "groundwork 0.1.0", repository: repository(), generatedAt: generatedAt, stack: stack,
            results: results, history: nil, problems: [])
    }

    /// Markup, terminal escapes and non-ASCII in every user-supplied string.
    static let hostilePath = "src/<script>alert(1)</script>/résumé 📄|x.js"
    static var hostile: AuditReport {
        let evidence = [
            Evidence("found <img src=x onerror=alert(1)> | *bold* [link](https://evil.test) `tick` \u{1B}[31mred\u{1B}[0m", path: hostilePath, line: 4),
            Evidence("# heading\nsecond line & more", path: "docs/日本語.md", line: 1),
        ]
        var stack = Stack()
        stack.languages = [LanguageUsage(name: "<b>Lang</b>", files: 1, bytes: 10, lines: 1)]
        var package = StackPackage(path: "pkg/<i>x</i>", name: "1. | name", ecosystem: "node", packageManager: "npm", manifest: "package.json")
        package.kind = .service
        stack.packages = [package]
        let results = [
            result(
                "code.tests", .high, .failed(evidence), title: "Tests <exist> | *here*", fixedBy: ["tests"], hours: 2,
                rationale: "Untested code </details><script>x()</script> breaks.")
        ]
        return AuditReport(
            tool: "groundwork 0.1.0", repository: repository(source: "/work/<repo> & \"co\""), generatedAt: generatedAt,
            stack: stack, results: results, history: nil, problems: ["blob <deadbeef> unreadable"])
    }
}
