#if Enterprise
import Foundation
import GroundworkAuditModel

/// One repository of a fleet, as resolved from the sources of `fleet.yaml`.
package struct FleetRepository: Sendable, Codable, Hashable {
    /// A stable, unique name: `acme/orders-api` for hosted repositories, the folder name for paths.
    package var name: String
    /// Where to audit it: a local path or a git URL (never with credentials in it).
    package var location: String
    /// The client (customer) it belongs to.
    package var client: String?
    package var tags: [String]
    /// The forge's API for repositories listed from GitHub or GitLab (pull and merge requests); nil for
    /// paths and plain git URLs.
    package var host: FleetRepositoryHost?

    package init(name: String, location: String, client: String? = nil, tags: [String] = [], host: FleetRepositoryHost? = nil) {
        self.name = name
        self.location = location
        self.client = client
        self.tags = tags
        self.host = host
    }
}

/// One run of `groundwork fleet audit` (or one shard of it).
package struct FleetRun: Sendable, Codable, Hashable {
    /// Shared by every shard of the same run (`--run ID`, default: a new UUID).
    package var id: String
    package var fleet: String
    package var startedAt: Date
    package var finishedAt: Date?
    /// `i/N` when sharded.
    package var shardIndex: Int?
    package var shardCount: Int?
    /// True without a valid licence: at most 5 repositories, reports marked EVALUATION.
    package var isEvaluation: Bool

    package init(id: String, fleet: String, startedAt: Date, finishedAt: Date? = nil, shardIndex: Int? = nil, shardCount: Int? = nil, isEvaluation: Bool) {
        self.id = id
        self.fleet = fleet
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.shardIndex = shardIndex
        self.shardCount = shardCount
        self.isEvaluation = isEvaluation
    }
}

/// What a fleet run recorded for one repository.
package struct FleetRepositoryResult: Sendable, Codable {
    /// Audited, failed (unreachable, corrupted…) or skipped (evaluation limit, another shard).
    package enum Status: String, Sendable, Codable {
        case audited, failed, skipped
    }

    package var runID: String
    package var repository: FleetRepository
    package var status: Status
    /// Why it failed or was skipped.
    package var message: String?
    /// The audited commit.
    package var commit: String?
    package var overallScore: Int?
    /// Per area id.
    package var areaScores: [String: Int]
    /// The highest policy level reached (`gold`…), nil without a policy or when none is reached.
    package var level: String?
    /// True when every policy gate passed; nil without a policy.
    package var gatesPassed: Bool?
    /// Ids of failing checks (exempted ones left out).
    package var failingChecks: [String]
    package var effortHours: Double
    package var automatedHours: Double
    /// The full report, for drill-down.
    package var report: AuditReport?
    /// Ids of checks the repository's own `.groundwork.yaml` switched off (issue 10 D5): a report that only
    /// looks good because the judged repository disabled a check says so in every format.
    package var disabledChecks: [String] {
        (report?.results.filter(\.isDisabledByRepository).map(\.id) ?? []).sorted()
    }
    /// What the report depends on (`AuditReuseKey`): a later run finding the same key reuses the report.
    package var auditKey: String?
    package var recordedAt: Date

    package init(
        runID: String, repository: FleetRepository, status: Status, message: String? = nil, commit: String? = nil, overallScore: Int? = nil, areaScores: [String: Int] = [:], level: String? = nil,
        gatesPassed: Bool? = nil, failingChecks: [String] = [], effortHours: Double = 0, automatedHours: Double = 0, report: AuditReport? = nil, auditKey: String? = nil, recordedAt: Date
    ) {
        self.runID = runID
        self.repository = repository
        self.status = status
        self.message = message
        self.commit = commit
        self.overallScore = overallScore
        self.areaScores = areaScores
        self.level = level
        self.gatesPassed = gatesPassed
        self.failingChecks = failingChecks
        self.effortHours = effortHours
        self.automatedHours = automatedHours
        self.report = report
        self.auditKey = auditKey
        self.recordedAt = recordedAt
    }
}

/// Where fleet runs and their results are kept: SQLite by default, PostgreSQL for a team or a sharded run.
package protocol FleetStore: Sendable {
    /// Records that a run (or one shard of it) started.
    func begin(_ run: FleetRun) async throws
    /// Records one repository's result (replacing an earlier one of the same run and repository).
    func record(_ result: FleetRepositoryResult) async throws
    /// Marks a run (or shard) finished.
    func finish(runID: String, shardIndex: Int?, at date: Date) async throws
    /// Every run, newest first (one entry per run id, shards folded).
    func runs() async throws -> [FleetRun]
    /// Every shard record of one run.
    func shards(runID: String) async throws -> [FleetRun]
    /// The results of one run.
    func results(runID: String) async throws -> [FleetRepositoryResult]
    /// The newest audited report recorded for `repository` under `auditKey`, nil when there is none.
    func reusableReport(repository: String, auditKey: String) async throws -> AuditReport?
}
#endif
