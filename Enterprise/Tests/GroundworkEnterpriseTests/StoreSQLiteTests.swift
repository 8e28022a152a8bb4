#if Enterprise
import Foundation
import GRDB
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct StoreSQLiteTests {
    let scratch = GroundworkTestSupport.ScratchDirectory(prefix: "fleet-store")

    private func store() throws -> SQLiteFleetStore {
        try SQLiteFleetStore(path: scratch.appending("state/fleet.db"))
    }

    @Test func roundtripKeepsEveryField() async throws {
        try await StoreContractChecks.roundtrip(try store(), prefix: "rt")
    }

    @Test func recordingARepositoryAgainReplacesIt() async throws {
        try await StoreContractChecks.recordReplaces(try store(), prefix: "rp")
    }

    @Test func aReportIsFoundAgainByItsAuditKey() async throws {
        try await StoreContractChecks.reuse(try store(), prefix: "ru")
    }

    @Test func shardsAreKeptApartAndFolded() async throws {
        try await StoreContractChecks.shardsFold(try store(), prefix: "sh")
    }

    @Test func twoStoresOnOneFileWriteConcurrently() async throws {
        try await StoreContractChecks.concurrentWriters(try store(), try store(), prefix: "cc")
    }

    @Test func migrationsAreIdempotent() async throws {
        let first = try store()
        try await StoreFixtures.fill(first, prefix: "m", count: 1)
        let second = try store()
        #expect(try await second.results(runID: "m-1").count == StoreFixtures.repositories.count)
        let queue = try DatabaseQueue(path: first.path)
        let (versions, migrations) = try await queue.read { db in
            (
                try Int.fetchAll(db, sql: "SELECT version FROM schema_version"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            )
        }
        #expect(versions == [1])
        #expect(migrations == ["v1-runs-and-results", "v2-audit-key", "v3-campaigns"])
    }

    @Test func aFileOfTheFirstSchemaGainsTheAuditKey() async throws {
        // As GRDB's DatabaseMigrator left a file before v2 existed.
        let path = scratch.appending("v1/fleet.db")
        try FileManager.default.createDirectory(atPath: scratch.appending("v1"), withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try SQLiteFleetSchema.migrations[0].apply(db)
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v1-runs-and-results')")
        }
        try await StoreContractChecks.reuse(try SQLiteFleetStore(path: path), prefix: "v1")
    }

    @Test func openersOfOneNewFileAtOnceAllSucceedAndMigrateOnce() throws {
        // Shards started together all find a new file: each opener has its own connection, as a process would.
        for round in 1...5 {
            let path = scratch.appending("race-\(round)/fleet.db")
            let errors = try Self.atOnce(8) { _ = try SQLiteFleetStore(path: path) }
            #expect(errors.isEmpty, "round \(round): \(errors)")
            let queue = try DatabaseQueue(path: path)
            let (versions, migrations) = try queue.read { db in
                (
                    try Int.fetchAll(db, sql: "SELECT version FROM schema_version"),
                    try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                )
            }
            #expect(versions == [1])
            #expect(migrations == SQLiteFleetSchema.migrations.map(\.identifier))
        }
    }

    /// Runs `body` on `count` threads released together; the errors they threw.
    static func atOnce(_ count: Int, _ body: @escaping @Sendable () throws -> Void) throws -> [String] {
        let start = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        let errors = LockedList<String>()
        for _ in 0..<count {
            done.enter()
            let thread = Thread {
                start.wait()
                do { try body() } catch { errors.append("\(error)") }
                done.leave()
            }
            thread.start()
        }
        for _ in 0..<count { start.signal() }
        done.wait()
        return errors.all
    }

    @Test func aDatabaseFromANewerGroundworkIsRefused() throws {
        let path = try store().path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO schema_version (version) VALUES (99)") }
        #expect { try SQLiteFleetStore(path: path) } throws: { error in
            (error as? FleetStoreError)?.code == .newerSchema && "\(error)".contains("upgrade groundwork")
        }
    }

    @Test func aTamperedRowIsAnErrorNotACrash() async throws {
        let store = try store()
        try await StoreFixtures.fill(store, prefix: "t", count: 1)
        let queue = try DatabaseQueue(path: store.path)
        try await queue.write { db in
            try db.execute(sql: "UPDATE results SET recorded_at = 'not a date', overall_score = 'many'")
            try db.execute(sql: "UPDATE runs SET started_at = x'00ff'")
        }
        await #expect { try await store.results(runID: "t-1") } throws: { ($0 as? FleetStoreError)?.code == .database }
        await #expect { try await store.runs() } throws: { ($0 as? FleetStoreError)?.code == .database }
    }

    @Test func aFileThatIsNotADatabaseIsAClearError() throws {
        let path = try scratch.write("broken.db", String(repeating: "not sqlite at all\n", count: 200))
        #expect { try SQLiteFleetStore(path: path) } throws: { error in
            guard let error = error as? FleetStoreError else { return false }
            return error.code == .unreachable && error.message.contains(path) && error.exitStatus == .incomplete
        }
    }
}
#endif
