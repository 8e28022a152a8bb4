import Foundation
import GRDB

/// Opening a SQLite file that other processes open at the same moment.
///
/// SQLite skips the busy handler when waiting could deadlock: two new connections that both read the
/// file and then want to write (to switch it to WAL, or to create its tables) get `SQLITE_BUSY` at once,
/// whatever the busy timeout. Processes started together (fleet shards, parallel audits sharing a cache)
/// hit exactly that, so a busy open is tried again, with jitter, until `patience` runs out.
package enum SQLiteBusyRetry {
    package static func opening<Value>(patience: TimeInterval, _ open: () throws -> Value) throws -> Value {
        let deadline = Date().addingTimeInterval(patience)
        while true {
            do {
                return try open()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: .random(in: 0.005...0.05))
            }
        }
    }
}
