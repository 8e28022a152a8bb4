#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct StoreFactoryTests {
    @Test func noURLMeansADatabaseBesideTheFleetFile() throws {
        #expect(try FleetStoreLocation.parse(nil, fleetFile: "/srv/agency/fleet.yaml") == .sqlite(path: "/srv/agency/.groundwork/fleet.db"))
        #expect(try FleetStoreLocation.parse("  ", fleetFile: "/srv/agency/fleet.yaml") == .sqlite(path: "/srv/agency/.groundwork/fleet.db"))
    }

    @Test(arguments: [
        ("sqlite:/tmp/x/fleet.db", "/tmp/x/fleet.db"),
        ("sqlite://relative/fleet.db", "relative/fleet.db"),
        ("results/fleet.db", "results/fleet.db"),
        ("/abs/fleet.sqlite", "/abs/fleet.sqlite"),
    ])
    func sqliteURLsAndPlainPaths(url: String, path: String) throws {
        #expect(try FleetStoreLocation.parse(url, fleetFile: "fleet.yaml") == .sqlite(path: path))
    }

    @Test func postgresURLsAreParsedAndDecoded() throws {
        let location = try FleetStoreLocation.parse("postgres://fleet%40ops:p%40ss%3Aw0rd@db.internal:6543/agency%20fleet?sslmode=require", fleetFile: "fleet.yaml")
        guard case .postgres(let configuration) = location else {
            Issue.record("expected PostgreSQL, got \(location)")
            return
        }
        #expect(configuration.host == "db.internal")
        #expect(configuration.port == 6543)
        #expect(configuration.username == "fleet@ops")
        #expect(configuration.password == "p@ss:w0rd")
        #expect(configuration.database == "agency fleet")
        #expect(configuration.tls == .require)
        #expect(!location.description.contains("w0rd"))
        #expect(location.description.contains("****"))
    }

    @Test func postgresqlSchemeDefaultsPortAndTLS() throws {
        let configuration = try PostgresStoreConfiguration(url: "postgresql://ci@127.0.0.1/fleet")
        #expect(configuration.port == 5432)
        #expect(configuration.password == nil)
        #expect(configuration.tls == .prefer)
        #expect(configuration.redactedURL == "postgres://ci@127.0.0.1:5432/fleet")
    }

    @Test(arguments: [
        "postgres://user:hunter2secret@/fleet",
        "postgres://:hunter2secret@host/fleet",
        "postgres://user:hunter2secret@host",
        "postgres://user:hunter2secret@host/fleet?sslmode=sometimes",
        "postgres://user:hunter2secret@host/fleet?application=x",
        "mysql://user:hunter2secret@host/fleet",
        "sqlite:",
    ])
    func badURLsAreUsageErrorsWithoutThePassword(url: String) {
        #expect { try FleetStoreFactory.open(url: url, fleetFile: "fleet.yaml") } throws: { error in
            guard let error = error as? FleetStoreError else { return false }
            return error.code == .badURL && error.exitStatus == .usage && !error.description.contains("hunter2secret")
        }
    }

    @Test func anUnreachableServerIsReportedWithoutThePassword() async throws {
        let port = try LocalHTTPServer.unusedPort()
        let store = try FleetStoreFactory.open(url: "postgres://fleet:hunter2secret@127.0.0.1:\(port)/fleet?sslmode=disable", fleetFile: "fleet.yaml")
        await #expect { try await store.runs() } throws: { error in
            guard let error = error as? FleetStoreError else { return false }
            return error.code == .unreachable && error.exitStatus == .incomplete
                && !error.description.contains("hunter2secret") && error.description.contains("127.0.0.1:\(port)")
        }
    }

    @Test func theDefaultStoreIsCreatedBesideTheFleetFile() async throws {
        let scratch = GroundworkTestSupport.ScratchDirectory(prefix: "fleet-factory")
        let fleetFile = try scratch.write("agency/fleet.yaml", "name: x\n")
        let store = try FleetStoreFactory.open(url: nil, fleetFile: fleetFile)
        #expect(store is SQLiteFleetStore)
        #expect(try await store.runs().isEmpty)
        #expect(FileManager.default.fileExists(atPath: scratch.appending("agency/.groundwork/fleet.db")))
    }
}
#endif
