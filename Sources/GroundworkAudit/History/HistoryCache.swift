import Foundation
import GRDB
import GroundworkAuditModel
import GroundworkGit

/// The history walk's results, cached by object id in SQLite so a re-audit only walks new commits.
///
/// One database per repository, under the cache directory. It holds every walked commit, every
/// blob already scanned, the events found, and the reference tips the last walk started from.
/// Ids are stored as their 20 raw bytes and authors once each: a cold walk of git/git writes
/// 200k commits and 260k blobs.
package final class HistoryCache: Sendable {
    private let database: DatabaseQueue

    /// Opens (creating and migrating) the cache file at `path`. A file that is not a readable cache
    /// (truncated, overwritten, from a newer groundwork) is thrown away and started afresh: it is
    /// only a cache.
    package init(path: String) throws {
        database = try CacheDatabase.open(path, prepare: Self.migrate)
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
            try db.execute(
                sql: """
                    CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE IF NOT EXISTS commits (id TEXT PRIMARY KEY, author_name TEXT NOT NULL, author_email TEXT NOT NULL, time REAL NOT NULL);
                    CREATE TABLE IF NOT EXISTS blobs (id TEXT PRIMARY KEY);
                    CREATE TABLE IF NOT EXISTS events (
                        kind TEXT NOT NULL, commit_id TEXT NOT NULL, path TEXT NOT NULL, blob TEXT NOT NULL, size INTEGER NOT NULL,
                        detail TEXT NOT NULL, rule_id TEXT, line INTEGER, redacted TEXT
                    );
                    """)
        }
        // Raw 20-byte ids and an authors table: a third of v1's size, and faster to write. The cached
        // walk is dropped, so the next audit walks the whole history once more.
        migrator.registerMigration("v2-binary-ids") { db in
            try db.execute(
                sql: """
                    DROP TABLE IF EXISTS commits;
                    DROP TABLE IF EXISTS blobs;
                    DELETE FROM state;
                    DELETE FROM events;
                    CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, UNIQUE (name, email));
                    CREATE TABLE commits (id BLOB PRIMARY KEY, author INTEGER NOT NULL REFERENCES authors(id), time REAL NOT NULL) WITHOUT ROWID;
                    CREATE TABLE blobs (id BLOB PRIMARY KEY) WITHOUT ROWID;
                    """)
        }
        // The allowlists whose content side a secret met (space-separated indices; NULL for none), judged with
        // the path and commit when the report is made.
        migrator.registerMigration("v3-allowlists-met") { db in
            try db.execute(sql: "ALTER TABLE events ADD COLUMN allowlists_met TEXT")
        }
        return migrator
    }

    /// The tips and rules version of the last walk, nil when nothing is cached.
    package func lastWalk() throws -> (tips: [String], rulesVersion: String)? {
        try database.read { db in
            guard let tips = try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = 'tips'"),
                let rules = try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = 'rules'")
            else { return nil }
            return (tips.split(separator: " ").map(String.init), rules)
        }
    }

    /// True when an earlier walk already scanned this blob.
    package func containsBlob(_ id: ObjectID) -> Bool {
        (try? database.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM blobs WHERE id = ?", arguments: [id.bytes]) }) == true
    }

    /// Forgets everything (history was rewritten, or the rules changed).
    package func reset() throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM state; DELETE FROM commits; DELETE FROM authors; DELETE FROM blobs; DELETE FROM events;")
        }
    }

    /// Adds one walk's results and records the tips it reached, in one transaction.
    package func append(_ output: HistoryWalker.Output, blobs: [ObjectID], tips: [String], rulesVersion: String) throws {
        try database.write { db in
            // Prepared once and reused: a cold walk of a big history inserts hundreds of thousands of rows.
            var authorIDs: [AuthorIdentity: Int64] = [:]
            let knownAuthors = try Row.fetchCursor(db, sql: "SELECT id, name, email FROM authors")
            while let row = try knownAuthors.next() { authorIDs[AuthorIdentity(name: row[1], email: row[2])] = row[0] }
            let insertAuthor = try db.cachedStatement(sql: "INSERT INTO authors (name, email) VALUES (?, ?)")
            let insertCommit = try db.cachedStatement(sql: "INSERT OR REPLACE INTO commits VALUES (?, ?, ?)")
            for commit in output.commits {
                let key = AuthorIdentity(name: commit.authorName, email: commit.authorEmail)
                let author: Int64
                if let known = authorIDs[key] {
                    author = known
                } else {
                    try insertAuthor.execute(arguments: [commit.authorName, commit.authorEmail])
                    author = db.lastInsertedRowID
                    authorIDs[key] = author
                }
                try insertCommit.execute(arguments: [commit.id.bytes, author, commit.time])
            }
            let insertBlob = try db.cachedStatement(sql: "INSERT OR IGNORE INTO blobs VALUES (?)")
            for blob in blobs { try insertBlob.execute(arguments: [blob.bytes]) }
            let insertEvent = try db.cachedStatement(sql: "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            for event in output.events {
                let met = event.allowlistsMet.isEmpty ? nil : event.allowlistsMet.map(String.init).joined(separator: " ")
                try insertEvent.execute(arguments: [
                    event.kind.rawValue, event.commit, event.path, event.blob, event.size, event.detail, event.ruleID, event.line, event.redacted, met,
                ])
            }
            // Commits that could not be read are not cached; their problems are, so that every later
            // audit still says the history it saw was partial.
            let problems = try Self.storedProblems(db) + output.problems.filter { $0 != HistoryWalker.shallowProblem }
            try db.execute(
                sql: "INSERT OR REPLACE INTO state VALUES ('tips', ?), ('rules', ?), ('problems', ?)",
                arguments: [tips.joined(separator: " "), rulesVersion, problems.map { "\($0.kind.rawValue)\t\($0.message)" }.joined(separator: "\n")]
            )
        }
    }

    /// The problems earlier walks recorded, one `kind<TAB>message` per line of the state value. A line
    /// without a kind comes from a cache written before problems had kinds; those only ever recorded
    /// history the walk could not read.
    private static func storedProblems(_ db: Database) throws -> [AuditProblem] {
        let value = try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = 'problems'") ?? ""
        return value.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let kind = AuditProblem.Kind(rawValue: String(parts[0])) else {
                return AuditProblem(.unreadableCommit, String(line))
            }
            return AuditProblem(kind, String(parts[1]))
        }
    }

    /// Every cached commit, event and problem; every commit of one author shares its name and email strings.
    package func load() throws -> HistoryWalker.Output {
        try database.read { db in
            var authors: [Int64: (name: String, email: String)] = [:]
            let authorRows = try Row.fetchCursor(db, sql: "SELECT id, name, email FROM authors")
            while let row = try authorRows.next() { authors[row[0]] = (row[1], row[2]) }
            var commits: [CommitRecord] = []
            commits.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM commits") ?? 0)
            let commitRows = try Row.fetchCursor(db, sql: "SELECT id, author, time FROM commits")
            while let row = try commitRows.next() {
                guard let id = ObjectID(bytes: row[0]), let author = authors[row[1]] else { continue }
                commits.append(CommitRecord(id: id, authorName: author.name, authorEmail: author.email, time: row[2]))
            }
            let events = try Row.fetchAll(db, sql: "SELECT kind, commit_id, path, blob, size, detail, rule_id, line, redacted, allowlists_met FROM events").compactMap {
                row -> HistoryEvent? in
                guard let kind = HistoryEvent.Kind(rawValue: row[0]) else { return nil }
                let met = (row[9] as String?)?.split(separator: " ").compactMap { Int($0) } ?? []
                return HistoryEvent(
                    kind: kind, commit: row[1], path: row[2], blob: row[3], size: row[4], detail: row[5], ruleID: row[6], line: row[7], redacted: row[8],
                    allowlistsMet: met)
            }
            var output = HistoryWalker.Output(commits: commits, events: events)
            output.problems = try Self.storedProblems(db)
            output.isPartial = !output.problems.isEmpty
            return output
        }
    }
}
