#if Enterprise
import GRDB

/// The SQLite store's tables, created by ordered migrations (documented in docs/fleet-store.md).
///
/// Applied migrations are listed in `grdb_migrations`, the table of GRDB's `DatabaseMigrator` that earlier
/// versions used. The migrator reads that list outside the transaction that applies a migration, so shard
/// processes opening a new file together all saw v1 pending and all but one failed to record it; here the
/// list is read and the migrations applied in one immediate transaction, and the others wait their turn.
enum SQLiteFleetSchema {
    /// One migration: the identifier recorded in `grdb_migrations` and what it does.
    struct Migration: Sendable {
        var identifier: String
        var apply: @Sendable (Database) throws -> Void
    }

    /// Every migration, oldest first; a new one is appended, never edited.
    static let migrations = [
        Migration(identifier: "v1-runs-and-results", apply: createRunsAndResults),
        Migration(identifier: "v2-audit-key", apply: addAuditKey),
        Migration(identifier: "v3-campaigns", apply: { db in try db.execute(sql: FleetCampaignSchema.sqlite) }),
    ]

    /// Applies the migrations the file lacks; concurrent openers of one new file each wait for the write lock
    /// (the busy timeout) and then find the work done.
    static func migrate(_ queue: DatabaseQueue) throws {
        try queue.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                for migration in migrations where !applied.contains(migration.identifier) {
                    try migration.apply(db)
                    try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
                }
                return .commit
            }
        }
    }

    /// v1: runs, results and the schema version.
    @Sendable private static func createRunsAndResults(_ db: Database) throws {
        // IF NOT EXISTS: files made before the migrations were recorded may have the tables already.
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS runs (
                  id TEXT NOT NULL,
                  shard_index INTEGER NOT NULL,
                  fleet TEXT NOT NULL,
                  started_at DATETIME NOT NULL,
                  finished_at DATETIME,
                  shard_count INTEGER,
                  evaluation BOOLEAN NOT NULL,
                  PRIMARY KEY (id, shard_index)
                );
                CREATE TABLE IF NOT EXISTS results (
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
                  effort_hours DOUBLE NOT NULL,
                  automated_hours DOUBLE NOT NULL,
                  report TEXT,
                  recorded_at DATETIME NOT NULL,
                  PRIMARY KEY (run_id, repository)
                );
                CREATE INDEX IF NOT EXISTS results_by_client ON results (client);
                CREATE INDEX IF NOT EXISTS runs_by_start ON runs (started_at);
                """)
        if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM schema_version") == 0 {
            try db.execute(sql: "INSERT INTO schema_version (version) VALUES (?)", arguments: [FleetStoreCoding.schemaVersion])
        }
    }

    /// v2: the key under which a later run may reuse a result (`AuditReuseKey`); older readers ignore it.
    @Sendable private static func addAuditKey(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE results ADD COLUMN audit_key TEXT;
                CREATE INDEX IF NOT EXISTS results_by_audit_key ON results (repository, audit_key);
                """)
    }

    /// Refuses a database whose schema a newer groundwork wrote.
    static func checkVersion(_ queue: DatabaseQueue, path: String) throws {
        let version = try? queue.read { db in try Int.fetchOne(db, sql: "SELECT MAX(version) FROM schema_version") }
        if let found = version ?? nil, found > FleetStoreCoding.schemaVersion {
            throw FleetStoreError(.newerSchema, "fleet store \(path): schema version \(found) was written by a newer groundwork (this one reads \(FleetStoreCoding.schemaVersion)); upgrade groundwork")
        }
    }
}
#endif
