import Foundation
import GRDB

/// Opens the audit's SQLite caches (history walk, tree scans) the same way.
enum CacheDatabase {
    /// Opens (creating its folder) the database at `path` and prepares it with `prepare`. A file that
    /// is not a readable cache (truncated, overwritten, from a newer groundwork) is thrown away and
    /// started afresh: it is only a cache.
    static func open(_ path: String, prepare: (DatabaseQueue) throws -> Void) throws -> DatabaseQueue {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        // WAL: readers (a parallel fleet audit) never block the writer, and a commit costs no fsync
        // of the main file. The cache can always be rebuilt, so NORMAL durability is enough.
        configuration.journalMode = .wal
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        do {
            return try SQLiteBusyRetry.opening(patience: 10) {
                let database = try DatabaseQueue(path: path, configuration: configuration)
                try prepare(database)
                return database
            }
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let database = try DatabaseQueue(path: path, configuration: configuration)
            try prepare(database)
            return database
        }
    }
}
