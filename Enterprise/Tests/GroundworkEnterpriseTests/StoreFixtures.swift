#if Enterprise
import Foundation
import GroundworkAuditModel
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// A check with fixed facts, so store and report tests can make `CheckResult`s without auditing.
struct StoreFixtureCheck: Check {
    var id: String
    var title: String
    var severity: Severity
    var rationale: String
    var fixedBy: [String]
    var effortHours: Double
    var examples: [CheckExample] { [] }
    func evaluate(_ context: AuditContext) -> CheckOutcome { .passed }
}

/// A fleet of five repositories over three clients, stored over several runs whose scores improve.
enum StoreFixtures {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)
    static let hostileName = "<script>alert(1)</script>"
    static let hostileEvidence = "\"><img src=http://evil.example/x.png onerror=alert(1)>"

    /// `(client, name, level per run index parity)`: the fleet's repositories.
    static let repositories: [FleetRepository] = [
        FleetRepository(name: "acme/orders-api", location: "https://git.example/acme/orders-api.git", client: "acme", tags: ["api"]),
        FleetRepository(name: "acme/shop, \"web\"", location: "/srv/repos/shop", client: "acme"),
        FleetRepository(name: "globex/billing", location: "/srv/repos/billing", client: "globex", tags: ["payments"]),
        FleetRepository(name: hostileName, location: "/srv/repos/hostile", client: "globex"),
        FleetRepository(name: "=HYPERLINK(\"x\")", location: "/srv/repos/formula", client: nil),
    ]

    /// A report where the checks listed in `failing` fail (with evidence) and the others pass.
    static func report(failing: [String], source: String) -> AuditReport {
        let all = [
            ("docs.readme", Severity.medium, ["readme"], 1.0),
            ("ci.present", .high, ["ci"], 3.0),
            ("security.secrets-in-tree", .critical, [], 4.0),
            ("delivery.dockerfile", .medium, ["docker"], 2.0),
            ("git.bus-factor", .low, [], 8.0),
        ]
        let results = all.map { id, severity, bricks, hours in
            let check = StoreFixtureCheck(id: id, title: "Check \(id) holds", severity: severity, rationale: "Why \(id) matters.", fixedBy: bricks, effortHours: hours)
            let outcome: CheckOutcome =
                failing.contains(id)
                ? .failed([Evidence(id == "docs.readme" ? hostileEvidence : "seen in \(id)", path: "src/app.js", line: 3)])
                : .passed
            return CheckResult(check: check, outcome: outcome)
        }
        let repository = RepositoryInfo(source: source, commit: "0123456789abcdef0123456789abcdef01234567", branch: "main", isBare: false, isShallow: false, submodules: [], skippedLargeFiles: 0)
        return AuditReport(tool: "groundwork 0.1.0", repository: repository, generatedAt: start, stack: Stack(), results: results, history: nil, problems: [])
    }

    /// The result of `repository` in run number `runIndex` (0 oldest): later runs fail fewer checks.
    static func result(runID: String, repository: FleetRepository, position: Int, runIndex: Int, recordedAt: Date) -> FleetRepositoryResult {
        if position == 3 && runIndex == 0 {
            return FleetRepositoryResult(runID: runID, repository: repository, status: .skipped, message: "evaluation limit", recordedAt: recordedAt)
        }
        if position == 4 {
            return FleetRepositoryResult(runID: runID, repository: repository, status: .failed, message: "cannot clone: host unreachable", recordedAt: recordedAt)
        }
        let candidates = ["security.secrets-in-tree", "ci.present", "docs.readme", "delivery.dockerfile", "git.bus-factor"]
        let failing = Array(candidates.dropFirst(runIndex).prefix(max(1, 4 - position - runIndex)))
        let report = report(failing: failing, source: repository.location)
        let levels = ["bronze", "silver", "gold"]
        let level: String? = position == 2 && runIndex == 0 ? nil : levels[min(2, (position + runIndex) % 3)]
        return FleetRepositoryResult(
            runID: runID, repository: repository, status: .audited, commit: report.repository.commit,
            overallScore: report.scores.overall, areaScores: report.scores.areas, level: level,
            gatesPassed: !failing.contains("security.secrets-in-tree"), failingChecks: report.failures.map(\.id),
            effortHours: report.effort.totalHours, automatedHours: report.effort.automatedHours,
            report: report, auditKey: "key-\(position)-\(runIndex)", recordedAt: recordedAt
        )
    }

    /// Stores `count` finished runs a day apart (ids `prefix-1`…), the last in evaluation mode when asked.
    @discardableResult
    static func fill(_ store: any FleetStore, prefix: String, count: Int = 3, lastIsEvaluation: Bool = false) async throws -> [FleetRun] {
        var runs: [FleetRun] = []
        for runIndex in 0..<count {
            let started = start.addingTimeInterval(Double(runIndex) * 86_400)
            let run = FleetRun(
                id: "\(prefix)-\(runIndex + 1)", fleet: "Agency fleet", startedAt: started,
                isEvaluation: lastIsEvaluation && runIndex == count - 1)
            try await store.begin(run)
            for (position, repository) in repositories.enumerated() {
                try await store.record(result(runID: run.id, repository: repository, position: position, runIndex: runIndex, recordedAt: started.addingTimeInterval(60)))
            }
            try await store.finish(runID: run.id, shardIndex: nil, at: started.addingTimeInterval(600))
            var finished = run
            finished.finishedAt = started.addingTimeInterval(600)
            runs.append(finished)
        }
        return runs
    }
}
#endif
