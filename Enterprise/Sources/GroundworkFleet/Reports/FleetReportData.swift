#if Enterprise
import Foundation
import GroundworkAuditModel

/// Everything a fleet report shows: one run's results, and the runs before it for trends.
public struct FleetReportData: Sendable {
    /// The run reported on (shards folded).
    public var run: FleetRun
    /// Its per-repository results, by client then name.
    public var results: [FleetRepositoryResult]
    /// Every run in the window (`--since`), oldest first, ending with `run`.
    public var trend: [FleetRunSummary]
    /// When the report was made.
    public var generatedAt: Date
    /// The fleet apply campaigns' records (empty when the store has none).
    public var campaigns: [FleetApplyRecord] = []
    /// Their state changes, oldest first, for the burndown.
    public var campaignEvents: [FleetCampaignEvent] = []

    public init(run: FleetRun, results: [FleetRepositoryResult], trend: [FleetRunSummary], generatedAt: Date) {
        self.run = run
        self.results = results.sorted { ($0.repository.client ?? "", $0.repository.name) < ($1.repository.client ?? "", $1.repository.name) }
        self.trend = trend
        self.generatedAt = generatedAt
    }

    /// The run's totals.
    public var summary: FleetRunSummary { FleetRunSummary(run: run, results: results) }

    /// The name shown for results without a client.
    public static let noClient = "(no client)"

    /// One row per client, by name.
    public var clients: [FleetClientSummary] {
        Dictionary(grouping: results) { $0.repository.client ?? Self.noClient }
            .map { FleetClientSummary(client: $0.key, results: $0.value) }
            .sorted { $0.client < $1.client }
    }

    /// The usual level names, best first, for ordering them.
    static let knownLevels = ["platinum", "gold", "silver", "bronze"]

    /// The levels reached, best first. Policies order their levels but the store keeps only the name, so
    /// the usual names come in their usual order, then other levels by the average score of the
    /// repositories that reached them.
    public var levels: [String] {
        let byLevel = Dictionary(grouping: results.filter { $0.level != nil }) { $0.level ?? "" }
        return byLevel.map { level, members -> (name: String, known: Int, score: Double) in
            let scores = members.compactMap(\.overallScore)
            let known = Self.knownLevels.firstIndex(of: level.lowercased()).map { Self.knownLevels.count - $0 } ?? 0
            return (level, known, scores.isEmpty ? 0 : Double(scores.reduce(0, +)) / Double(scores.count))
        }
        .sorted { ($0.known, $0.score, $1.name) > ($1.known, $1.score, $0.name) }
        .map(\.name)
    }

    /// Checks failing in the most repositories, then by severity and id.
    public var topFailingChecks: [FleetCheckFailure] {
        var byCheck: [String: FleetCheckFailure] = [:]
        for result in results where result.status == .audited {
            let details = Dictionary((result.report?.results ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for check in Set(result.failingChecks) {
                var entry =
                    byCheck[check]
                    ?? FleetCheckFailure(
                        id: check, title: details[check]?.title ?? check, severity: details[check]?.severity, effortHours: details[check]?.effortHours ?? 0,
                        automated: !(details[check]?.fixedBy.isEmpty ?? true), repositories: [])
                if entry.severity == nil, let found = details[check] {
                    entry.title = found.title
                    entry.severity = found.severity
                    entry.automated = !found.fixedBy.isEmpty
                }
                entry.repositories.append(result.repository.name)
                byCheck[check] = entry
            }
        }
        return byCheck.values.map { entry in
            var sorted = entry
            sorted.repositories.sort()
            return sorted
        }
        .sorted { ($0.repositories.count, $0.severity?.rank ?? -1, $1.id) > ($1.repositories.count, $1.severity?.rank ?? -1, $0.id) }
    }
}

/// A run's totals, for the summary and one point of a trend.
public struct FleetRunSummary: Sendable, Codable, Hashable {
    public var runID: String
    public var startedAt: Date
    public var isEvaluation: Bool
    public var repositories: Int
    public var audited: Int
    public var failed: Int
    public var skipped: Int
    /// The mean overall score of audited repositories that have one.
    public var averageScore: Double?
    /// Failing checks summed over the repositories.
    public var failingChecks: Int
    /// Repositories whose gates failed.
    public var gatesFailed: Int
    public var effortHours: Double
    public var automatedHours: Double
    /// Per client: mean score and failing checks.
    public var clients: [String: FleetClientPoint]

    /// The totals of `results`.
    public init(run: FleetRun, results: [FleetRepositoryResult]) {
        runID = run.id
        startedAt = run.startedAt
        isEvaluation = run.isEvaluation
        repositories = results.count
        audited = results.count { $0.status == .audited }
        failed = results.count { $0.status == .failed }
        skipped = results.count { $0.status == .skipped }
        averageScore = Self.mean(results.compactMap(\.overallScore))
        failingChecks = results.reduce(0) { $0 + $1.failingChecks.count }
        gatesFailed = results.count { $0.gatesPassed == false }
        effortHours = results.reduce(0) { $0 + $1.effortHours }
        automatedHours = results.reduce(0) { $0 + $1.automatedHours }
        clients = Dictionary(grouping: results) { $0.repository.client ?? FleetReportData.noClient }.mapValues { members in
            FleetClientPoint(
                averageScore: Self.mean(members.compactMap(\.overallScore)),
                failingChecks: members.reduce(0) { $0 + $1.failingChecks.count },
                audited: members.count { $0.status == .audited })
        }
    }

    /// Failing checks per audited repository, nil when none was audited.
    public var failingChecksPerRepository: Double? {
        audited == 0 ? nil : Double(failingChecks) / Double(audited)
    }

    static func mean(_ values: [Int]) -> Double? {
        values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }
}

/// One client in one run.
public struct FleetClientPoint: Sendable, Codable, Hashable {
    public var averageScore: Double?
    public var failingChecks: Int
    /// The client's audited repositories.
    public var audited: Int

    /// Failing checks per audited repository, nil when none was audited.
    public var failingChecksPerRepository: Double? {
        audited == 0 ? nil : Double(failingChecks) / Double(audited)
    }
}

/// One client's repositories in the reported run.
public struct FleetClientSummary: Sendable, Hashable {
    public var client: String
    public var repositories: Int
    public var audited: Int
    public var averageScore: Double?
    /// How many repositories reached each level (nil key: none reached).
    public var levelCounts: [String?: Int]
    public var gatesFailed: Int
    public var effortHours: Double
    public var automatedHours: Double

    init(client: String, results: [FleetRepositoryResult]) {
        self.client = client
        repositories = results.count
        audited = results.count { $0.status == .audited }
        averageScore = FleetRunSummary.mean(results.compactMap(\.overallScore))
        levelCounts = Dictionary(grouping: results.filter { $0.status == .audited }, by: \.level).mapValues(\.count)
        gatesFailed = results.count { $0.gatesPassed == false }
        effortHours = results.reduce(0) { $0 + $1.effortHours }
        automatedHours = results.reduce(0) { $0 + $1.automatedHours }
    }
}

/// A check and the repositories it fails in.
public struct FleetCheckFailure: Sendable, Hashable {
    public var id: String
    public var title: String
    public var severity: Severity?
    /// Hours to fix it in one repository.
    public var effortHours: Double
    /// Whether a brick fixes it.
    public var automated: Bool
    public var repositories: [String]
}
#endif
