import Foundation
import GRDB
import GroundworkAuditModel
import GroundworkGit

/// The tree's secret scans, cached by blob id in SQLite as the history walk caches its own, so a
/// re-audit reads and scans only the blobs it has not seen.
///
/// A file of its own next to the history cache (the two are filled and reset independently). It
/// holds only what the report needs, already redacted: never a secret in plain text.
package final class TreeSecretCache: Sendable {
    private let database: DatabaseQueue

    /// Opens (creating) the cache at `path` for the rule set `rulesVersion`; scans made under other
    /// rules are dropped. An unreadable file is thrown away and started afresh: it is only a cache.
    package init(path: String, rulesVersion: String) throws {
        database = try CacheDatabase.open(path) { database in
            try database.write { db in
                try db.execute(
                    sql: """
                        CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                        CREATE TABLE IF NOT EXISTS scans (id BLOB PRIMARY KEY, scan BLOB NOT NULL) WITHOUT ROWID;
                        """)
                let stored = try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = 'rules'")
                if stored != rulesVersion {
                    try db.execute(sql: "DELETE FROM scans; INSERT OR REPLACE INTO state VALUES ('rules', ?)", arguments: [rulesVersion])
                }
            }
        }
    }

    /// The cached scans among `ids`.
    package func scans(for ids: some Sequence<ObjectID>) throws -> [ObjectID: BlobSecretScan] {
        let decoder = JSONDecoder()
        return try database.read { db in
            var found: [ObjectID: BlobSecretScan] = [:]
            let select = try db.cachedStatement(sql: "SELECT scan FROM scans WHERE id = ?")
            for id in ids {
                guard let data = try Data.fetchOne(select, arguments: [id.bytes]) else { continue }
                // A row this version cannot decode is rescanned, not trusted.
                if let scan = try? decoder.decode(BlobSecretScan.self, from: data) { found[id] = scan }
            }
            return found
        }
    }

    /// Stores new scans in one transaction.
    package func store(_ scans: [ObjectID: BlobSecretScan]) throws {
        guard !scans.isEmpty else { return }
        let encoder = JSONEncoder()
        try database.write { db in
            let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO scans VALUES (?, ?)")
            for (id, scan) in scans { try insert.execute(arguments: [id.bytes, try encoder.encode(scan)]) }
        }
    }
}
