#if Enterprise
import Foundation
import GroundworkAuditModel
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// A fleet store in PostgreSQL, shared by shard processes on many machines (postgres-nio).
///
/// Each operation opens a connection, runs in it and closes it: shard processes write one result at a time
/// and a fleet command is short-lived, so a pool kept open would only hold server slots.
package struct PostgresFleetStore: FleetStore {
    /// Where the database is.
    package let configuration: PostgresStoreConfiguration
    let logger = Logger(label: "groundwork.fleet-store", factory: { _ in SwiftLogNoOpLogHandler() })
    /// Whether this store already made sure of the schema, so that later operations skip it.
    private let schemaChecked = SchemaFlag()

    /// Set once the schema is known to exist in this process.
    private final class SchemaFlag: Sendable {
        let isSet = Mutex(false)
    }

    package init(configuration: PostgresStoreConfiguration) {
        self.configuration = configuration
    }

    package func begin(_ run: FleetRun) async throws {
        let shard = FleetStoreCoding.storedShard(run.shardIndex)
        try await withConnection { connection in
            try await connection.query(
                """
                INSERT INTO groundwork_runs (id, shard_index, fleet, started_at, finished_at, shard_count, evaluation)
                VALUES (\(run.id), \(shard), \(run.fleet), \(run.startedAt), \(run.finishedAt), \(run.shardCount), \(run.isEvaluation))
                ON CONFLICT (id, shard_index) DO UPDATE SET fleet = EXCLUDED.fleet, started_at = EXCLUDED.started_at,
                  finished_at = EXCLUDED.finished_at, shard_count = EXCLUDED.shard_count, evaluation = EXCLUDED.evaluation
                """, logger: logger)
        }
    }

    package func record(_ result: FleetRepositoryResult) async throws {
        let row = try StoredResultRow(result)
        try await withConnection { connection in
            try await connection.query(
                """
                INSERT INTO groundwork_results (run_id, repository, location, client, tags, status, message, commit_id,
                  overall_score, area_scores, level, gates_passed, failing_checks, failing_count, effort_hours,
                  automated_hours, report, audit_key, recorded_at)
                VALUES (\(row.runID), \(row.repository), \(row.location), \(row.client), \(row.tags), \(row.status),
                  \(row.message), \(row.commit), \(row.overallScore), \(row.areaScores), \(row.level), \(row.gatesPassed),
                  \(row.failingChecks), \(row.failingCount), \(row.effortHours), \(row.automatedHours), \(row.report),
                  \(row.auditKey), \(row.recordedAt))
                ON CONFLICT (run_id, repository) DO UPDATE SET location = EXCLUDED.location, client = EXCLUDED.client,
                  tags = EXCLUDED.tags, status = EXCLUDED.status, message = EXCLUDED.message, commit_id = EXCLUDED.commit_id,
                  overall_score = EXCLUDED.overall_score, area_scores = EXCLUDED.area_scores, level = EXCLUDED.level,
                  gates_passed = EXCLUDED.gates_passed, failing_checks = EXCLUDED.failing_checks,
                  failing_count = EXCLUDED.failing_count, effort_hours = EXCLUDED.effort_hours,
                  automated_hours = EXCLUDED.automated_hours, report = EXCLUDED.report, audit_key = EXCLUDED.audit_key,
                  recorded_at = EXCLUDED.recorded_at
                """, logger: logger)
        }
    }

    package func finish(runID: String, shardIndex: Int?, at date: Date) async throws {
        let shard = FleetStoreCoding.storedShard(shardIndex)
        try await withConnection { connection in
            try await connection.query(
                "UPDATE groundwork_runs SET finished_at = \(date) WHERE id = \(runID) AND shard_index = \(shard)",
                logger: logger)
        }
    }

    package func runs() async throws -> [FleetRun] {
        FleetStoreCoding.fold(try await readRuns("SELECT id, shard_index, fleet, started_at, finished_at, shard_count, evaluation FROM groundwork_runs"))
    }

    package func shards(runID: String) async throws -> [FleetRun] {
        try await readRuns(
            """
            SELECT id, shard_index, fleet, started_at, finished_at, shard_count, evaluation FROM groundwork_runs
            WHERE id = \(runID) ORDER BY shard_index
            """)
    }

    package func results(runID: String) async throws -> [FleetRepositoryResult] {
        try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT run_id, repository, location, client, tags, status, message, commit_id, overall_score, area_scores,
                  level, gates_passed, failing_checks, failing_count, effort_hours, automated_hours, report, audit_key, recorded_at
                FROM groundwork_results WHERE run_id = \(runID) ORDER BY client NULLS FIRST, repository
                """, logger: logger)
            var results: [FleetRepositoryResult] = []
            for try await row in rows {
                let (
                    runID, repository, location, client, tags, status, message, commit, score, areaScores, level,
                    gatesPassed, failingChecks, failingCount, effortHours, automatedHours, report, auditKey, recordedAt
                ) =
                    try row.decode(
                        (
                            String, String, String, String?, String, String, String?, String?, Int?, String, String?,
                            Bool?, String, Int, Double, Double, String?, String?, Date
                        ).self)
                results.append(
                    StoredResultRow(
                        runID: runID, repository: repository, location: location, client: client, tags: tags, status: status,
                        message: message, commit: commit, overallScore: score, areaScores: areaScores, level: level,
                        gatesPassed: gatesPassed, failingChecks: failingChecks, failingCount: failingCount,
                        effortHours: effortHours, automatedHours: automatedHours, report: report, auditKey: auditKey,
                        recordedAt: recordedAt
                    ).result)
            }
            return results
        }
    }

    package func reusableReport(repository: String, auditKey: String) async throws -> AuditReport? {
        try await withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT report FROM groundwork_results WHERE repository = \(repository) AND audit_key = \(auditKey)
                  AND status = 'audited' ORDER BY recorded_at DESC LIMIT 1
                """, logger: logger)
            var text: String?
            for try await report in rows.decode(String?.self) { text = report }
            return FleetStoreCoding.report(from: text)
        }
    }

    private func readRuns(_ query: PostgresQuery) async throws -> [FleetRun] {
        try await withConnection { connection in
            let rows = try await connection.query(query, logger: logger)
            var runs: [FleetRun] = []
            for try await (id, shard, fleet, started, finished, count, evaluation) in rows.decode((String, Int, String, Date, Date?, Int?, Bool).self) {
                runs.append(
                    FleetRun(
                        id: id, fleet: fleet, startedAt: started, finishedAt: finished,
                        shardIndex: FleetStoreCoding.shard(fromStored: shard), shardCount: count, isEvaluation: evaluation))
            }
            return runs
        }
    }

    /// Connects, makes sure the schema exists, runs `body`, and closes; errors name the redacted URL.
    @discardableResult
    func withConnection<Value: Sendable>(_ body: (PostgresConnection) async throws -> Value) async throws -> Value {
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: try connectionConfiguration(), id: 1, logger: logger)
        } catch {
            throw FleetStoreError(
                .unreachable,
                "fleet store \(configuration.redactedURL): cannot connect: \(Self.describe(error, hiding: configuration.password)). Check that PostgreSQL accepts connections at \(configuration.host):\(configuration.port) and that the user, password and database in --store are right"
            )
        }
        do {
            if !schemaChecked.isSet.withLock({ $0 }) {
                try await PostgresFleetSchema.ensure(on: connection, logger: logger, url: configuration.redactedURL)
                schemaChecked.isSet.withLock { $0 = true }
            }
            let value = try await body(connection)
            try? await connection.close()
            return value
        } catch let error as FleetStoreError {
            try? await connection.close()
            throw error
        } catch {
            try? await connection.close()
            throw FleetStoreError(.database, "fleet store \(configuration.redactedURL): \(Self.describe(error, hiding: configuration.password))")
        }
    }

    private func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch configuration.tls {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        return PostgresConnection.Configuration(
            host: configuration.host, port: configuration.port, username: configuration.username,
            password: configuration.password, database: configuration.database, tls: tls
        )
    }

    /// The server's message (PSQLError hides it from `description`), with the password cut out just in case.
    static func describe(_ error: any Error, hiding password: String?) -> String {
        var text: String
        if let error = error as? PSQLError {
            text = error.serverInfo?[.message] ?? "\(error.code)"
            if let underlying = error.underlying { text += " (\(underlying))" }
        } else {
            text = "\(error)"
        }
        if let password, !password.isEmpty { text = text.replacingOccurrences(of: password, with: "****") }
        return text
    }
}
#endif
