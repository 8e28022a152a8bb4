import Foundation
import GRDB
import GroundworkGit
import GroundworkStack

/// The stack detection's per-file facts (lines, bytes, generated, shebang), the ports source files mention and the
/// answers of the detectors' text searches, cached by blob id in the tree cache's file beside the secret scans, so
/// a re-audit reads no source file it counted, scanned for ports or searched before.
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
                        CREATE TABLE IF NOT EXISTS code_ports (id BLOB PRIMARY KEY, mentions TEXT NOT NULL) WITHOUT ROWID;
                        CREATE TABLE IF NOT EXISTS code_searches (
                            id BLOB NOT NULL, needles TEXT NOT NULL, found INTEGER NOT NULL, PRIMARY KEY (id, needles)
                        ) WITHOUT ROWID;
                        """)
                let stored = try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = 'source-facts'")
                if stored != rulesVersion {
                    try db.execute(
                        sql: "DELETE FROM source_facts; DELETE FROM code_ports; DELETE FROM code_searches; INSERT OR REPLACE INTO state VALUES ('source-facts', ?)",
                        arguments: [rulesVersion]
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

    /// Every cached list of port mentions (`port:rank` words, in order; empty for a file that mentions none).
    package func allCodePorts() throws -> [ObjectID: [PortMention]] {
        try database.read { db in
            var found: [ObjectID: [PortMention]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, mentions FROM code_ports")
            while let row = try rows.next() {
                guard let id = ObjectID(bytes: row[0]) else { continue }
                let words = (row[1] as String).split(separator: " ")
                let mentions = words.compactMap { word -> PortMention? in
                    let parts = word.split(separator: ":")
                    guard parts.count == 2, let port = Int(parts[0]), let rank = Int(parts[1]) else { return nil }
                    return PortMention(port: port, rank: rank)
                }
                // A row this version cannot read is computed again, not trusted.
                if mentions.count == words.count { found[id] = mentions }
            }
            return found
        }
    }

    /// Every cached answer of a text search (whether the blob holds any of the needles).
    package func allSearches() throws -> [TextSearchKey: Bool] {
        try database.read { db in
            var found: [TextSearchKey: Bool] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, needles, found FROM code_searches")
            while let row = try rows.next() {
                guard let id = ObjectID(bytes: row[0]) else { continue }
                found[TextSearchKey(blob: id, needles: row[1])] = row[2]
            }
            return found
        }
    }

    /// Stores new facts, port mentions and search answers in one transaction.
    package func store(
        _ facts: [ObjectID: SourceFileFacts], codePorts: [ObjectID: [PortMention]] = [:], searches: [TextSearchKey: Bool] = [:]
    ) throws {
        guard !facts.isEmpty || !codePorts.isEmpty || !searches.isEmpty else { return }
        try database.write { db in
            let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO source_facts VALUES (?, ?, ?, ?, ?, ?)")
            for (id, fact) in facts {
                try insert.execute(arguments: [id.bytes, fact.isText, fact.bytes, fact.lines, fact.isGenerated, fact.shebangLanguage])
            }
            let insertPorts = try db.cachedStatement(sql: "INSERT OR REPLACE INTO code_ports VALUES (?, ?)")
            for (id, mentions) in codePorts {
                try insertPorts.execute(arguments: [id.bytes, mentions.map { "\($0.port):\($0.rank)" }.joined(separator: " ")])
            }
            let insertSearch = try db.cachedStatement(sql: "INSERT OR REPLACE INTO code_searches VALUES (?, ?, ?)")
            for (key, found) in searches {
                try insertSearch.execute(arguments: [key.blob.bytes, key.needles, found])
            }
        }
    }
}
