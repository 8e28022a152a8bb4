import Foundation
import GRDB

/// The history walk's results, cached by object id in SQLite so a re-audit only walks new commits.
///
/// One database per repository, under the cache directory. It holds every walked commit, every
/// blob already scanned, the events found, and the reference tips the last walk started from.
package final class HistoryCache: Sendable {
    private let database: DatabaseQueue

    /// Opens (creating and migrating) the cache file at `path`.
    package init(path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        database = try DatabaseQueue(path: path, configuration: configuration)
        try Self.migrate(database)
    }

    /// Migrates, retrying when another process created the schema between our check and our write.
    private static func migrate(_ database: DatabaseQueue) throws {
        for attempt in 1...3 {
            do {
                try migrator.migrate(database)
                return
            } catch let error as DatabaseError where attempt < 3 && (error.resultCode == .SQLITE_ERROR || error.resultCode == .SQLITE_CONSTRAINT) {
                usleep(useconds_t(20_000 * attempt))
            }
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS commits (id TEXT PRIMARY KEY, author_name TEXT NOT NULL, author_email TEXT NOT NULL, time REAL NOT NULL);
                CREATE TABLE IF NOT EXISTS blobs (id TEXT PRIMARY KEY);
                CREATE TABLE IF NOT EXISTS events (
                    kind TEXT NOT NULL, commit_id TEXT NOT NULL, path TEXT NOT NULL, blob TEXT NOT NULL, size INTEGER NOT NULL,
                    detail TEXT NOT NULL, rule_id TEXT, line INTEGER, redacted TEXT
                );
                """)
        }
        return migrator
    }

    /// The tips and rules version of the last walk, nil when nothing is cached.
    package func lastWalk() throws -> (tips: [String], rulesVersion: String)? {
        try database.read { db in
            guard let tips = try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = 'tips'"),
                  let rules = try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = 'rules'") else { return nil }
            return (tips.split(separator: " ").map(String.init), rules)
        }
    }

    /// True when an earlier walk already scanned this blob.
    package func containsBlob(_ id: String) -> Bool {
        (try? database.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM blobs WHERE id = ?", arguments: [id]) }) == true
    }

    /// Forgets everything (history was rewritten, or the rules changed).
    package func reset() throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM state; DELETE FROM commits; DELETE FROM blobs; DELETE FROM events;")
        }
    }

    /// Adds one walk's results and records the tips it reached, in one transaction.
    package func append(_ output: HistoryWalker.Output, blobs: [String], tips: [String], rulesVersion: String) throws {
        try database.write { db in
            // Prepared once and reused: a cold walk of a big history inserts hundreds of thousands of rows.
            let insertCommit = try db.cachedStatement(sql: "INSERT OR REPLACE INTO commits VALUES (?, ?, ?, ?)")
            for commit in output.commits {
                try insertCommit.execute(arguments: [commit.id, commit.authorName, commit.authorEmail, commit.time])
            }
            let insertBlob = try db.cachedStatement(sql: "INSERT OR IGNORE INTO blobs VALUES (?)")
            for blob in blobs { try insertBlob.execute(arguments: [blob]) }
            let insertEvent = try db.cachedStatement(sql: "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            for event in output.events {
                try insertEvent.execute(arguments: [event.kind.rawValue, event.commit, event.path, event.blob, event.size, event.detail, event.ruleID, event.line, event.redacted])
            }
            try db.execute(sql: "INSERT OR REPLACE INTO state VALUES ('tips', ?), ('rules', ?)", arguments: [tips.joined(separator: " "), rulesVersion])
        }
    }

    /// Every cached commit and event.
    package func load() throws -> (commits: [CommitRecord], events: [HistoryEvent]) {
        try database.read { db in
            let commits = try Row.fetchAll(db, sql: "SELECT id, author_name, author_email, time FROM commits").map {
                CommitRecord(id: $0[0], authorName: $0[1], authorEmail: $0[2], time: $0[3])
            }
            let events = try Row.fetchAll(db, sql: "SELECT kind, commit_id, path, blob, size, detail, rule_id, line, redacted FROM events").compactMap { row -> HistoryEvent? in
                guard let kind = HistoryEvent.Kind(rawValue: row[0]) else { return nil }
                return HistoryEvent(kind: kind, commit: row[1], path: row[2], blob: row[3], size: row[4], detail: row[5], ruleID: row[6], line: row[7], redacted: row[8])
            }
            return (commits, events)
        }
    }
}
