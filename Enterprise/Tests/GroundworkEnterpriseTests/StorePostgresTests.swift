#if Enterprise
import Foundation
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// The PostgreSQL database that scripts/postgres-for-tests.sh starts, when it is running.
enum PostgresTestDatabase {
    static let url = ProcessInfo.processInfo.environment["GROUNDWORK_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// A store on the test database; each test uses its own run id prefix, so tests may share it.
    static func store() throws -> any FleetStore {
        try FleetStoreFactory.open(url: url, fleetFile: "fleet.yaml")
    }

    /// A prefix no earlier test run used, since the database outlives a test run.
    static func prefix(_ name: String) -> String { "\(name)-\(UUID().uuidString.prefix(8))" }
}

@Suite(.enabled(if: PostgresTestDatabase.url != nil, "GROUNDWORK_TEST_POSTGRES_URL is not set: run scripts/postgres-for-tests.sh start (scripts/test.sh does) to test the PostgreSQL store"))
struct StorePostgresTests {
    @Test func openingThroughTheFactoryGivesAPostgresStore() throws {
        #expect(try PostgresTestDatabase.store() is PostgresFleetStore)
    }

    @Test func roundtripKeepsEveryField() async throws {
        try await StoreContractChecks.roundtrip(try PostgresTestDatabase.store(), prefix: PostgresTestDatabase.prefix("rt"))
    }

    @Test func recordingARepositoryAgainReplacesIt() async throws {
        try await StoreContractChecks.recordReplaces(try PostgresTestDatabase.store(), prefix: PostgresTestDatabase.prefix("rp"))
    }

    @Test func aReportIsFoundAgainByItsAuditKey() async throws {
        try await StoreContractChecks.reuse(try PostgresTestDatabase.store(), prefix: PostgresTestDatabase.prefix("ru"))
    }

    @Test func shardsAreKeptApartAndFolded() async throws {
        try await StoreContractChecks.shardsFold(try PostgresTestDatabase.store(), prefix: PostgresTestDatabase.prefix("sh"))
    }

    @Test func twoStoresWriteConcurrently() async throws {
        try await StoreContractChecks.concurrentWriters(try PostgresTestDatabase.store(), try PostgresTestDatabase.store(), prefix: PostgresTestDatabase.prefix("cc"))
    }

    @Test func schemaCreationIsIdempotentUnderConcurrency() async throws {
        // Every operation ensures the schema; many at once must neither fail nor duplicate the version row.
        let prefix = PostgresTestDatabase.prefix("sc")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<6 {
                group.addTask {
                    try await PostgresTestDatabase.store().begin(FleetRun(id: prefix, fleet: "f", startedAt: StoreFixtures.start, shardIndex: index + 1, shardCount: 6, isEvaluation: false))
                }
            }
            try await group.waitForAll()
        }
        #expect(try await PostgresTestDatabase.store().shards(runID: prefix).count == 6)
    }

    @Test func aWrongPasswordIsReportedWithoutIt() async throws {
        let url = try #require(PostgresTestDatabase.url)
        var configuration = try PostgresStoreConfiguration(url: url)
        configuration.database = "no_such_database_\(UUID().uuidString.prefix(6))"
        configuration.password = "s3cret-Pa55"
        let store = PostgresFleetStore(configuration: configuration)
        await #expect { try await store.runs() } throws: { error in
            let text = "\(error)"
            return (error as? FleetStoreError) != nil && !text.contains("s3cret-Pa55") && text.contains("****")
        }
    }
}
#endif
