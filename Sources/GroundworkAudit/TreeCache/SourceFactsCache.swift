import Foundation
import GRDB
import GroundworkGit
import GroundworkStack

/// The stack detection's per-file facts (lines, bytes, generated, shebang), cached by blob id in the tree
/// cache's file beside the secret scans, so a re-audit reads no source file it counted before.
package final class SourceFactsCache: Sendable {
    private let database: DatabaseQueue

    /// Opens (creating) the cache at `path` for the facts' rules `rulesVersion`; facts computed under other
    /// rules are dropped. An unreadable file is thrown away and started afresh: it is only a cache.
    package init(path: String, rulesVersion: String) throws {
        database = try CacheDatabase.open(path) { database in
            try database.write { db in
                try db.execute(
                    sql: """
                        CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                        CREATE TABLE IF NOT EXISTS source_facts (
                            id BLOB PRIMARY KEY, is_text INTEGER NOT NULL, bytes INTEGER NOT NULL, lines INTEGER NOT NULL,
                            generated INTEGER NOT NULL, shebang TEXT
                        ) WITHOUT ROWID;
                        """)
                let stored = try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = 'source-facts'")
                if stored != rulesVersion {
                    try db.execute(
                        sql: "DELETE FROM source_facts; INSERT OR REPLACE INTO state VALUES ('source-facts', ?)", arguments: [rulesVersion]
                    )
                }
            }
        }
    }

    /// Every cached fact: a tree's worth is a few thousand small rows, cheaper to read whole than to look up one by one.
    package func all() throws -> [ObjectID: SourceFileFacts] {
        try database.read { db in
            var found: [ObjectID: SourceFileFacts] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, is_text, bytes, lines, generated, shebang FROM source_facts")
            while let row = try rows.next() {
                guard let id = ObjectID(bytes: row[0]) else { continue }
                found[id] = SourceFileFacts(isText: row[1], bytes: row[2], lines: row[3], isGenerated: row[4], shebangLanguage: row[5])
            }
            return found
        }
    }

    /// Stores new facts in one transaction.
    package func store(_ facts: [ObjectID: SourceFileFacts]) throws {
        guard !facts.isEmpty else { return }
        try database.write { db in
            let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO source_facts VALUES (?, ?, ?, ?, ?, ?)")
            for (id, fact) in facts {
                try insert.execute(arguments: [id.bytes, fact.isText, fact.bytes, fact.lines, fact.isGenerated, fact.shebangLanguage])
            }
        }
    }
}
