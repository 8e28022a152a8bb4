#if Enterprise
import Foundation
import GroundworkAuditModel
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// A check with a fixed id and severity, to build reports for policy tests.
struct StubCheck: Check {
    let id: String
    let severity: Severity
    var title: String { id }
    var rationale: String { "test" }
    var fixedBy: [String] { [] }
    var effortHours: Double { 1 }
    var examples: [CheckExample] { [] }
    func evaluate(_ context: AuditContext) -> CheckOutcome { .passed }
}

enum PolicyFixtures {
    static let known = ["docs.readme", "docs.license", "docs.changelog", "ci.configured", "security.secrets-in-tree", "code.tests-present"]

    /// A report where the checks in `failing` fail and the rest of `known` pass.
    static func report(failing: Set<String>) -> AuditReport {
        let severities: [String: Severity] = [
            "docs.readme": .medium, "docs.license": .high, "docs.changelog": .low, "ci.configured": .medium,
            "security.secrets-in-tree": .critical, "code.tests-present": .medium,
        ]
        let results = known.map { id in
            CheckResult(check: StubCheck(id: id, severity: severities[id] ?? .low), outcome: failing.contains(id) ? .failed([Evidence("missing")]) : .passed)
        }
        let info = RepositoryInfo(source: "/r", commit: "abc", branch: "main", isBare: false, isShallow: false, submodules: [], skippedLargeFiles: 0)
        return AuditReport(tool: "groundwork test", repository: info, generatedAt: Date(), stack: Stack(), results: results, history: nil, problems: [])
    }

    static let policyText = """
        version: 1
        levels:
          - name: bronze
            checks: [docs.readme]
          - name: silver
            checks: [docs.license, ci.configured]
            min_score: 70
          - name: gold
            checks: [code.tests-present, docs.changelog]
            min_score: 95
        gates:
          - severity: critical
          - check: docs.license
          - min_score: 50
        campaigns:
          - name: ci-everywhere
            checks: [ci.configured]
            due: 2026-03-31
        exemptions:
          - repo: acme/legacy
            check: docs.license
            reason: licence under legal review
            ticket: LEGAL-42
            expires: 2026-06-30
          - repo: acme/old
            check: docs.license
            reason: was under review
            expires: 2025-12-31
        """

    static func policy() throws -> Policy { try Policy.parse(policyText, file: "policy.yaml", knownChecks: known) }

    static func day(_ text: String) -> Date {
        Date(timeIntervalSince1970: Double(LicenseDate(text)?.daysSinceEpoch ?? 0) * 86_400 + 43_200)
    }
}

@Suite struct PolicyTests {
    @Test func parsesLevelsGatesCampaignsAndExemptions() throws {
        let policy = try PolicyFixtures.policy()
        #expect(policy.levels.map(\.name) == ["bronze", "silver", "gold"])
        #expect(policy.levels[1].minScore == 70)
        #expect(policy.gates.map(\.kind) == [.severity(.critical), .check("docs.license"), .minScore(50)])
        #expect(policy.campaigns.first?.due == LicenseDate("2026-03-31"))
        #expect(
            policy.exemptions.first
                == Policy.Exemption(
                    repository: "acme/legacy", check: "docs.license", reason: "licence under legal review", ticket: "LEGAL-42",
                    expires: try #require(LicenseDate("2026-06-30")), line: 20
                ))
    }

    @Test(
        arguments: [
            (Set<String>(), "gold"),
            (["docs.changelog"], "silver"),
            (["ci.configured"], "bronze"),
            (["docs.readme"], nil),
            // Silver fails, so gold is not reached even though its own checks pass.
            (["docs.license"], "bronze"),
        ] as [(Set<String>, String?)])
    func levelsAreReachedInOrder(failing: Set<String>, level: String?) throws {
        let evaluation = try PolicyFixtures.policy().evaluate(PolicyFixtures.report(failing: failing), repository: "acme/api", now: PolicyFixtures.day("2026-01-10"))
        #expect(evaluation.level == level)
    }

    @Test func minScoreKeepsALevelOut() throws {
        let policy = try Policy.parse("version: 1\nlevels:\n  - name: ok\n    min_score: 90\n", knownChecks: PolicyFixtures.known)
        let evaluation = policy.evaluate(PolicyFixtures.report(failing: ["docs.license"]), repository: "r", now: Date())
        #expect(evaluation.level == nil)
        #expect(evaluation.levels.first?.missing.first?.contains("below 90") == true)
    }

    @Test func gatesFailWithReasons() throws {
        let evaluation = try PolicyFixtures.policy().evaluate(
            PolicyFixtures.report(failing: ["security.secrets-in-tree", "docs.license"]), repository: "acme/api", now: PolicyFixtures.day("2026-01-10")
        )
        #expect(!evaluation.gatesPassed)
        #expect(evaluation.gateFailures.contains("severity critical: security.secrets-in-tree fails (critical)"))
        #expect(evaluation.gateFailures.contains("check docs.license: docs.license fails"))
        #expect(evaluation.failingChecks.first == "security.secrets-in-tree")
        let clean = try PolicyFixtures.policy().evaluate(PolicyFixtures.report(failing: ["docs.changelog"]), repository: "acme/api", now: PolicyFixtures.day("2026-01-10"))
        #expect(clean.gatesPassed)
    }

    @Test func campaignsWarnUntilTheirDueDateAndGateAfter() throws {
        let policy = try PolicyFixtures.policy()
        let report = PolicyFixtures.report(failing: ["ci.configured"])
        let before = policy.evaluate(report, repository: "acme/api", now: PolicyFixtures.day("2026-03-31"))
        #expect(before.gatesPassed)
        #expect(before.campaignWarnings.count == 1)
        #expect(before.campaignWarnings.first?.contains("becomes a gate after 2026-03-31") == true)
        let after = policy.evaluate(report, repository: "acme/api", now: PolicyFixtures.day("2026-04-01"))
        #expect(!after.gatesPassed)
        #expect(after.campaignWarnings.isEmpty)
        #expect(after.gateFailures == ["campaign ci-everywhere (due 2026-03-31): ci.configured fails"])
    }

    @Test func aValidExemptionKeepsAFailingCheckFromCounting() throws {
        let policy = try PolicyFixtures.policy()
        let report = PolicyFixtures.report(failing: ["docs.license"])
        let exempted = policy.evaluate(report, repository: "acme/legacy", now: PolicyFixtures.day("2026-06-30"))
        #expect(exempted.gatesPassed)
        #expect(exempted.level == "gold")
        #expect(exempted.score == 100)
        #expect(exempted.failingChecks.isEmpty)
        #expect(exempted.exemptionsApplied.map(\.check) == ["docs.license"])
        #expect(exempted.exemptionsApplied.first?.ticket == "LEGAL-42")
        // The day after it expires it exempts nothing and is reported.
        let expired = policy.evaluate(report, repository: "acme/legacy", now: PolicyFixtures.day("2026-07-01"))
        #expect(!expired.gatesPassed)
        #expect(expired.exemptionsApplied.isEmpty)
        #expect(expired.exemptionsExpired.map(\.expires) == ["2026-06-30"])
        #expect(expired.level == "bronze")
        // Another repository is not exempted.
        #expect(!policy.evaluate(report, repository: "acme/api", now: PolicyFixtures.day("2026-01-10")).gatesPassed)
    }

    @Test func anExpiredExemptionIsReported() throws {
        let evaluation = try PolicyFixtures.policy().evaluate(PolicyFixtures.report(failing: []), repository: "acme/old", now: PolicyFixtures.day("2026-01-10"))
        #expect(evaluation.exemptionsExpired.count == 1)
        #expect(evaluation.detailLines().contains { $0.contains("exemption expired on 2025-12-31") })
    }

    @Test(arguments: [
        ("version: 1\ngates:\n  - check: docs.readm\n", 3, "did you mean docs.readme"),
        ("version: 1\nlevels:\n  - name: a\n    checks:\n      - docs.readme\n      - ci.configure\n", 6, "unknown check id `ci.configure`"),
        ("version: 1\ngates:\n  - severity: huge\n", 3, "unknown severity `huge`"),
        ("version: 1\ngates:\n  - check: docs.readme\n    min_score: 3\n", 3, "exactly one of check, severity, min_score"),
        ("version: 1\ncampaigns:\n  - name: c\n    checks: [docs.readme]\n    due: next week\n", 5, "YYYY-MM-DD"),
        ("version: 1\nexemptions:\n  - repo: r\n    check: docs.readme\n    expires: 2026-01-01\n", 3, "needs `reason`"),
        ("version: 1\nlevels:\n  - name: a\n    checks: [docs.readme]\n    min_score: 101\n", 5, "between 0 and 100"),
        ("version: 1\nlevels:\n  - name: a\n", 3, "needs `checks` or `min_score`"),
        ("version: 1\nlevel:\n  - name: a\n", 2, "did you mean levels?"),
        ("levels: []\n", 1, "needs `version: 1`"),
    ])
    func badPoliciesNameTheirLine(text: String, line: Int, fragment: String) {
        do {
            _ = try Policy.parse(text, file: "p.yaml", knownChecks: PolicyFixtures.known)
            Issue.record("expected an error containing \(fragment)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.description.hasPrefix("p.yaml:\(line): "), "\(error)")
            #expect(error.description.contains(fragment), "\(error)")
        }
    }

    @Test func checkIDsComeFromTheRegistry() throws {
        let ids = PolicyParser.registeredCheckIDs
        #expect(ids.contains("docs.readme"))
        #expect(throws: ConfigurationFileError.self) { try Policy.parse("version: 1\ngates:\n  - check: docs.nonsense\n") }
        _ = try Policy.parse("version: 1\ngates:\n  - check: docs.readme\n")
    }
}
#endif
