#if Enterprise
import Foundation

/// One row of the `results` table, in the column types both stores use (JSON text for lists and maps).
struct StoredResultRow: Sendable {
    var runID: String
    var repository: String
    var location: String
    var client: String?
    var tags: String
    var status: String
    var message: String?
    var commit: String?
    var overallScore: Int?
    var areaScores: String
    var level: String?
    var gatesPassed: Bool?
    var failingChecks: String
    var failingCount: Int
    var effortHours: Double
    var automatedHours: Double
    var report: String?
    var auditKey: String?
    var recordedAt: Date

    init(
        runID: String, repository: String, location: String, client: String?, tags: String, status: String, message: String?, commit: String?, overallScore: Int?, areaScores: String, level: String?,
        gatesPassed: Bool?, failingChecks: String, failingCount: Int, effortHours: Double, automatedHours: Double, report: String?, auditKey: String? = nil, recordedAt: Date
    ) {
        self.runID = runID
        self.repository = repository
        self.location = location
        self.client = client
        self.tags = tags
        self.status = status
        self.message = message
        self.commit = commit
        self.overallScore = overallScore
        self.areaScores = areaScores
        self.level = level
        self.gatesPassed = gatesPassed
        self.failingChecks = failingChecks
        self.failingCount = failingCount
        self.effortHours = effortHours
        self.automatedHours = automatedHours
        self.report = report
        self.auditKey = auditKey
        self.recordedAt = recordedAt
    }

    /// The row for a result.
    init(_ result: FleetRepositoryResult) throws {
        self.init(
            runID: result.runID, repository: result.repository.name, location: result.repository.location,
            client: result.repository.client, tags: try FleetStoreCoding.json(result.repository.tags),
            status: result.status.rawValue, message: result.message, commit: result.commit,
            overallScore: result.overallScore, areaScores: try FleetStoreCoding.json(result.areaScores),
            level: result.level, gatesPassed: result.gatesPassed,
            failingChecks: try FleetStoreCoding.json(result.failingChecks), failingCount: result.failingChecks.count,
            effortHours: result.effortHours, automatedHours: result.automatedHours,
            report: try result.report.map { try FleetStoreCoding.json($0) }, auditKey: result.auditKey,
            recordedAt: result.recordedAt
        )
    }

    /// The result this row holds; an unknown status reads as failed, unreadable JSON as empty.
    var result: FleetRepositoryResult {
        FleetRepositoryResult(
            runID: runID,
            repository: FleetRepository(
                name: repository, location: location, client: client,
                tags: FleetStoreCoding.decode([String].self, from: tags, fallback: [])
            ),
            status: FleetRepositoryResult.Status(rawValue: status) ?? .failed,
            message: message, commit: commit, overallScore: overallScore,
            areaScores: FleetStoreCoding.decode([String: Int].self, from: areaScores, fallback: [:]),
            level: level, gatesPassed: gatesPassed,
            failingChecks: FleetStoreCoding.decode([String].self, from: failingChecks, fallback: []),
            effortHours: effortHours, automatedHours: automatedHours,
            report: FleetStoreCoding.report(from: report), auditKey: auditKey, recordedAt: recordedAt
        )
    }
}
#endif
