#if Enterprise
import GRDB

/// The SQLite store's tables, created by ordered migrations (documented in docs/fleet-store.md).
enum SQLiteFleetSchema {
    /// Every migration, oldest first; a new one is appended, never edited.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-runs-and-results") { db in
            // IF NOT EXISTS: two shard processes may both see the migration as pending on a new file.
            try db.execute(sql: """
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
        return migrator
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
