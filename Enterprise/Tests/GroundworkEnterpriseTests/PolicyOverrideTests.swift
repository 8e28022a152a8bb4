#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// Issue 10, D5: a repository cannot switch off the policy gates that judge it.
@Suite("policy gates the repository disabled")
struct PolicyOverrideTests {
    static let policy = """
        version: 1
        levels:
          - name: bronze
            checks: [security.secrets-in-tree]
        gates:
          - check: security.secrets-in-tree
          - severity: critical
        """

    @Test func aGateOnACheckTheRepositoryDisabledIsOverriddenAndFails() throws {
        let repo = try RepoBuilder()
        try repo.commit(
            "config",
            files: [
                "README.md": "# r\n",
                ".groundwork.yaml": "checks: {disable: [security.secrets-in-tree]}\n",
            ])
        var options = AuditOptions()
        options.includeHistory = false
        options.useCache = false
        let report = try Auditor.audit(repo.path, options: options)
        #expect(report.results.first { $0.id == "security.secrets-in-tree" }?.isDisabledByRepository == true)

        let policy = try Policy.parse(Self.policy, file: "policy.yaml", knownChecks: report.results.map(\.id))
        let evaluation = policy.evaluate(report, repository: "acme/r", now: Date())
        #expect(!evaluation.gatesPassed)
        #expect(evaluation.gates.allSatisfy { !$0.passed }, "both the check gate and the severity gate rest on the disabled check")
        #expect(evaluation.gateFailures.contains("check security.secrets-in-tree: security.secrets-in-tree is disabled by the repository's .groundwork.yaml (overridden)"))
        #expect(evaluation.level == nil)
        #expect(evaluation.disabledChecks == ["security.secrets-in-tree"])

        let text = evaluation.text(repository: "acme/r", marker: nil)
        #expect(text.contains("gates FAILED"))
        #expect(text.contains("disabled by the repository's .groundwork.yaml: security.secrets-in-tree"))
        let json = String(decoding: try JSONEncoder().encode(evaluation), as: UTF8.self)
        #expect(json.contains(#""disabledChecks":["security.secrets-in-tree"]"#))
    }

    /// Every fleet report format names the checks a repository disabled, so a good score is never read
    /// without knowing what the repository switched off.
    @Test(arguments: FleetReportFormat.allCases)
    func everyFleetReportFormatListsTheDisabledChecks(format: FleetReportFormat) throws {
        let repo = try RepoBuilder()
        try repo.commit("config", files: ["README.md": "# r\n", ".groundwork.yaml": "checks: {disable: [security.secrets-in-tree, docs.readme]}\n"])
        var options = AuditOptions()
        options.includeHistory = false
        options.useCache = false
        let report = try Auditor.audit(repo.path, options: options)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let run = FleetRun(id: "run-1", fleet: "f", startedAt: now, finishedAt: now, isEvaluation: false)
        let disabling = FleetRepositoryResult(
            runID: run.id, repository: FleetRepository(name: "disabling", location: repo.path, client: "acme"), status: .audited,
            overallScore: 70, report: report, recordedAt: now)
        let plain = FleetRepositoryResult(
            runID: run.id, repository: FleetRepository(name: "plain", location: "/r/plain", client: "acme"), status: .audited,
            overallScore: 50, recordedAt: now)
        #expect(disabling.disabledChecks == ["docs.readme", "security.secrets-in-tree"])
        let text = format.render(FleetReportData(run: run, results: [disabling, plain], trend: [], generatedAt: now))
        switch format {
        case .json, .sarif:
            #expect(text.contains("\"disabledChecks\" : [\n") && text.contains("\"security.secrets-in-tree\""))
        case .csv:
            let rows = text.components(separatedBy: "\r\n")
            #expect(rows[0].contains(",disabled_checks,"))
            #expect(rows.contains { $0.hasPrefix("acme,disabling,") && $0.contains(",docs.readme security.secrets-in-tree,") })
        case .markdown:
            #expect(text.contains("## Checks disabled by the repositories themselves"))
            #expect(text.contains("| acme | disabling | `docs.readme`, `security.secrets-in-tree` |"))
        case .html:
            #expect(text.contains("<dt>Disabled by the repository</dt>"))
            #expect(text.contains("security.secrets-in-tree"))
        }
    }
}
#endif
#if Enterprise
/// Issue 10, D6: nothing audited never passes a gate.
@Suite("policy gates over nothing audited")
struct PolicyNothingAuditedTests {
    @Test func anUnbornHeadFailsEveryGate() throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["README.md": "# r\n"])
        // libgit2 lets HEAD name a branch that does not exist (unborn), as `git symbolic-ref` does.
        try repo.repository.setHead(branch: "missing")
        var options = AuditOptions()
        options.includeHistory = false
        options.useCache = false
        let report = try Auditor.audit(repo.path, options: options)
        let policy = try Policy.parse(PolicyOverrideTests.policy, file: "policy.yaml", knownChecks: report.results.map(\.id))
        let evaluation = policy.evaluate(report, repository: "acme/r", now: Date())
        #expect(!evaluation.gatesPassed)
        #expect(evaluation.gates.allSatisfy { !$0.passed && $0.reasons.first?.hasPrefix("nothing was audited: HEAD is unborn") == true })
    }
}
#endif
