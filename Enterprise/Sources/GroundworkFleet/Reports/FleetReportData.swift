#if Enterprise
import Foundation
import GroundworkAuditModel

/// Everything a fleet report shows: one run's results, and the runs before it for trends.
package struct FleetReportData: Sendable {
    /// The run reported on (shards folded).
    package var run: FleetRun
    /// Its per-repository results, by client then name.
    package var results: [FleetRepositoryResult]
    /// Every run in the window (`--since`), oldest first, ending with `run`.
    package var trend: [FleetRunSummary]
    /// When the report was made.
    package var generatedAt: Date
    /// The fleet apply campaigns' records (empty when the store has none).
    package var campaigns: [FleetApplyRecord] = []
    /// Their state changes, oldest first, for the burndown.
    package var campaignEvents: [FleetCampaignEvent] = []

    package init(run: FleetRun, results: [FleetRepositoryResult], trend: [FleetRunSummary], generatedAt: Date) {
        self.run = run
        self.results = results.sorted { ($0.repository.client ?? "", $0.repository.name) < ($1.repository.client ?? "", $1.repository.name) }
        self.trend = trend
        self.generatedAt = generatedAt
    }

    /// The run's totals.
    package var summary: FleetRunSummary { FleetRunSummary(run: run, results: results) }

    /// The name shown for results without a client.
    package static let noClient = "(no client)"

    /// One row per client, by name.
    package var clients: [FleetClientSummary] {
        Dictionary(grouping: results) { $0.repository.client ?? Self.noClient }
            .map { FleetClientSummary(client: $0.key, results: $0.value) }
            .sorted { $0.client < $1.client }
    }

    /// The usual level names, best first, for ordering them.
    static let knownLevels = ["platinum", "gold", "silver", "bronze"]

    /// The levels reached, best first. Policies order their levels but the store keeps only the name, so
    /// the usual names come in their usual order, then other levels by the average score of the
    /// repositories that reached them.
    package var levels: [String] {
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
    package var topFailingChecks: [FleetCheckFailure] {
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
package struct FleetRunSummary: Sendable, Codable, Hashable {
    package var runID: String
    package var startedAt: Date
    package var isEvaluation: Bool
    package var repositories: Int
    package var audited: Int
    package var failed: Int
    package var skipped: Int
    /// The mean overall score of audited repositories that have one.
    package var averageScore: Double?
    /// Failing checks summed over the repositories.
    package var failingChecks: Int
    /// Repositories whose gates failed.
    package var gatesFailed: Int
    package var effortHours: Double
    package var automatedHours: Double
    /// Per client: mean score and failing checks.
    package var clients: [String: FleetClientPoint]

    /// The totals of `results`.
    package init(run: FleetRun, results: [FleetRepositoryResult]) {
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
    package var failingChecksPerRepository: Double? {
        audited == 0 ? nil : Double(failingChecks) / Double(audited)
    }

    static func mean(_ values: [Int]) -> Double? {
        values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }
}

/// One client in one run.
package struct FleetClientPoint: Sendable, Codable, Hashable {
    package var averageScore: Double?
    package var failingChecks: Int
    /// The client's audited repositories.
    package var audited: Int

    /// Failing checks per audited repository, nil when none was audited.
    package var failingChecksPerRepository: Double? {
        audited == 0 ? nil : Double(failingChecks) / Double(audited)
    }
}

/// One client's repositories in the reported run.
package struct FleetClientSummary: Sendable, Hashable {
    package var client: String
    package var repositories: Int
    package var audited: Int
    package var averageScore: Double?
    /// How many repositories reached each level (nil key: none reached).
    package var levelCounts: [String?: Int]
    package var gatesFailed: Int
    package var effortHours: Double
    package var automatedHours: Double

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
package struct FleetCheckFailure: Sendable, Hashable {
    package var id: String
    package var title: String
    package var severity: Severity?
    /// Hours to fix it in one repository.
    package var effortHours: Double
    /// Whether a brick fixes it.
    package var automated: Bool
    package var repositories: [String]
}
#endif
