#if Enterprise
import Logging
import PostgresNIO

/// The PostgreSQL store's tables, created idempotently so that any shard may be the first to arrive.
enum PostgresFleetSchema {
    /// Creates what is missing and refuses a schema written by a newer groundwork.
    static func ensure(on connection: PostgresConnection, logger: Logger, url: String) async throws {
        // Several shards may start at once: one advisory lock per database serialises the CREATEs,
        // which PostgreSQL does not make safe under concurrency even with IF NOT EXISTS.
        try await connection.query("SELECT pg_advisory_lock(720531)", logger: logger)
        do {
            for statement in statements {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            let rows = try await connection.query("SELECT MAX(version) FROM groundwork_schema_version", logger: logger)
            var found: Int?
            for try await (version) in rows.decode(Int?.self) { found = version }
            if found == nil {
                try await connection.query("INSERT INTO groundwork_schema_version (version) VALUES (\(FleetStoreCoding.schemaVersion))", logger: logger)
            }
            try await connection.query("SELECT pg_advisory_unlock(720531)", logger: logger)
            if let found, found > FleetStoreCoding.schemaVersion {
                throw FleetStoreError(
                    .newerSchema, "fleet store \(url): schema version \(found) was written by a newer groundwork (this one reads \(FleetStoreCoding.schemaVersion)); upgrade groundwork")
            }
        } catch {
            _ = try? await connection.query("SELECT pg_advisory_unlock(720531)", logger: logger)
            throw error
        }
    }

    /// The schema of version 1 (docs/fleet-store.md).
    static let statements =
        [
            "CREATE TABLE IF NOT EXISTS groundwork_schema_version (version INTEGER NOT NULL)",
            """
            CREATE TABLE IF NOT EXISTS groundwork_runs (
              id TEXT NOT NULL,
              shard_index INTEGER NOT NULL,
              fleet TEXT NOT NULL,
              started_at TIMESTAMPTZ NOT NULL,
              finished_at TIMESTAMPTZ,
              shard_count INTEGER,
              evaluation BOOLEAN NOT NULL,
              PRIMARY KEY (id, shard_index)
            )
            """,
            """
            CREATE TABLE IF NOT EXISTS groundwork_results (
              run_id TEXT NOT NULL,
              repository TEXT NOT NULL,
              location TEXT NOT NULL,
              client TEXT,
              tags TEXT NOT NULL,
              status TEXT NOT NULL,
              message TEXT,
              commit_id TEXT,
              overall_score INTEGER,
              area_scores TEXT NOT NULL,
              level TEXT,
              gates_passed BOOLEAN,
              failing_checks TEXT NOT NULL,
              failing_count INTEGER NOT NULL,
              effort_hours DOUBLE PRECISION NOT NULL,
              automated_hours DOUBLE PRECISION NOT NULL,
              report TEXT,
              recorded_at TIMESTAMPTZ NOT NULL,
              PRIMARY KEY (run_id, repository)
            )
            """,
            "CREATE INDEX IF NOT EXISTS groundwork_results_by_client ON groundwork_results (client)",
            // Added later: the key under which a later run may reuse a result (`AuditReuseKey`); older readers ignore it.
            "ALTER TABLE groundwork_results ADD COLUMN IF NOT EXISTS audit_key TEXT",
            "CREATE INDEX IF NOT EXISTS groundwork_results_by_audit_key ON groundwork_results (repository, audit_key)",
        ] + FleetCampaignSchema.postgres
}
#endif
