#if Enterprise
import Foundation
import GRDB
import GroundworkAudit
import GroundworkAuditModel

/// The default fleet store: one SQLite file (GRDB), safe for several shard processes on one machine.
package final class SQLiteFleetStore: FleetStore {
    /// The database file.
    package let path: String
    private let queue: DatabaseQueue

    /// Opens (creating it and its folder when missing) and migrates the database at `path`.
    package init(path: String, busyTimeout: TimeInterval = 30) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FleetStoreError(.unreachable, "fleet store \(path): cannot create the folder \(folder): \(error.localizedDescription)")
        }
        var configuration = Configuration()
        // Other shard processes may hold the write lock for a moment; wait for them instead of failing.
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // WAL lets readers (fleet report) run while a shard writes.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        do {
            queue = try SQLiteBusyRetry.opening(patience: busyTimeout) {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try SQLiteFleetSchema.migrate(queue)
                return queue
            }
        } catch let error as FleetStoreError {
            throw error
        } catch {
            throw FleetStoreError(.unreachable, "fleet store \(path): cannot open the SQLite database: \(Self.describe(error))")
        }
        try SQLiteFleetSchema.checkVersion(queue, path: path)
    }

    package func begin(_ run: FleetRun) async throws {
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO runs (id, shard_index, fleet, started_at, finished_at, shard_count, evaluation)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id, shard_index) DO UPDATE SET fleet = excluded.fleet, started_at = excluded.started_at,
                      finished_at = excluded.finished_at, shard_count = excluded.shard_count, evaluation = excluded.evaluation
                    """,
                arguments: [
                    run.id, FleetStoreCoding.storedShard(run.shardIndex), run.fleet, run.startedAt,
                    run.finishedAt, run.shardCount, run.isEvaluation,
                ])
        }
    }

    package func record(_ result: FleetRepositoryResult) async throws {
        let row = try StoredResultRow(result)
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO results (run_id, repository, location, client, tags, status, message, commit_id, overall_score,
                      area_scores, level, gates_passed, failing_checks, failing_count, effort_hours, automated_hours, report, audit_key,
                      recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (run_id, repository) DO UPDATE SET location = excluded.location, client = excluded.client,
                      tags = excluded.tags, status = excluded.status, message = excluded.message, commit_id = excluded.commit_id,
                      overall_score = excluded.overall_score, area_scores = excluded.area_scores, level = excluded.level,
                      gates_passed = excluded.gates_passed, failing_checks = excluded.failing_checks,
                      failing_count = excluded.failing_count, effort_hours = excluded.effort_hours,
                      automated_hours = excluded.automated_hours, report = excluded.report, audit_key = excluded.audit_key,
                      recorded_at = excluded.recorded_at
                    """,
                arguments: [
                    row.runID, row.repository, row.location, row.client, row.tags, row.status, row.message, row.commit,
                    row.overallScore, row.areaScores, row.level, row.gatesPassed, row.failingChecks, row.failingCount,
                    row.effortHours, row.automatedHours, row.report, row.auditKey, row.recordedAt,
                ])
        }
    }

    package func finish(runID: String, shardIndex: Int?, at date: Date) async throws {
        try await write { db in
            try db.execute(
                sql: "UPDATE runs SET finished_at = ? WHERE id = ? AND shard_index = ?",
                arguments: [date, runID, FleetStoreCoding.storedShard(shardIndex)])
        }
    }

    package func runs() async throws -> [FleetRun] {
        FleetStoreCoding.fold(try await readRuns(sql: "SELECT * FROM runs", arguments: []))
    }

    package func shards(runID: String) async throws -> [FleetRun] {
        try await readRuns(sql: "SELECT * FROM runs WHERE id = ? ORDER BY shard_index", arguments: [runID])
    }

    /// Values are decoded with `decode(forColumn:)`, so a tampered row is an error rather than a crash.
    package func results(runID: String) async throws -> [FleetRepositoryResult] {
        try await read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM results WHERE run_id = ? ORDER BY client, repository", arguments: [runID])
            return try rows.map { row in
                try StoredResultRow(
                    runID: row.decode(forColumn: "run_id"),
                    repository: row.decode(forColumn: "repository"),
                    location: row.decode(forColumn: "location"),
                    client: row.decode(forColumn: "client"),
                    tags: row.decode(forColumn: "tags"),
                    status: row.decode(forColumn: "status"),
                    message: row.decode(forColumn: "message"),
                    commit: row.decode(forColumn: "commit_id"),
                    overallScore: row.decode(forColumn: "overall_score"),
                    areaScores: row.decode(forColumn: "area_scores"),
                    level: row.decode(forColumn: "level"),
                    gatesPassed: row.decode(forColumn: "gates_passed"),
                    failingChecks: row.decode(forColumn: "failing_checks"),
                    failingCount: row.decode(forColumn: "failing_count"),
                    effortHours: row.decode(forColumn: "effort_hours"),
                    automatedHours: row.decode(forColumn: "automated_hours"),
                    report: row.decode(forColumn: "report"),
                    auditKey: row.decode(forColumn: "audit_key"),
                    recordedAt: row.decode(forColumn: "recorded_at")
                ).result
            }
        }
    }

    package func reusableReport(repository: String, auditKey: String) async throws -> AuditReport? {
        let text = try await read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT report FROM results WHERE repository = ? AND audit_key = ? AND status = 'audited'
                    ORDER BY recorded_at DESC LIMIT 1
                    """, arguments: [repository, auditKey])
        }
        return FleetStoreCoding.report(from: text)
    }

    private func readRuns(sql: String, arguments: StatementArguments) async throws -> [FleetRun] {
        try await read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                try FleetRun(
                    id: row.decode(forColumn: "id"),
                    fleet: row.decode(forColumn: "fleet"),
                    startedAt: row.decode(forColumn: "started_at"),
                    finishedAt: row.decode(forColumn: "finished_at"),
                    shardIndex: FleetStoreCoding.shard(fromStored: row.decode(Int.self, forColumn: "shard_index")),
                    shardCount: row.decode(forColumn: "shard_count"),
                    isEvaluation: row.decode(forColumn: "evaluation")
                )
            }
        }
    }

    func write(_ body: @escaping @Sendable (Database) throws -> Void) async throws {
        do {
            try await queue.write(body)
        } catch {
            throw FleetStoreError(.database, "fleet store \(path): \(Self.describe(error))")
        }
    }

    func read<Value: Sendable>(_ body: @escaping @Sendable (Database) throws -> Value) async throws -> Value {
        do {
            return try await queue.read(body)
        } catch {
            throw FleetStoreError(.database, "fleet store \(path): \(Self.describe(error))")
        }
    }

    static func describe(_ error: any Error) -> String {
        (error as? DatabaseError).map { $0.message ?? $0.description } ?? "\(error)"
    }
}
#endif
