import Foundation
import GroundworkModel
import GroundworkModelPostgres
import Logging
import PostgresNIO
import Testing

/// The PostgreSQL that scripts/postgres-for-tests.sh starts; under CI=true its absence is a failure.
enum TestPostgres {
    static let url = ProcessInfo.processInfo.environment["GROUNDWORK_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Runs `statements` in a fresh schema and gives the schema's name; the caller drops it.
    static func schema(with ddl: String) async throws -> String {
        let name = "model_io_\(UUID().uuidString.prefix(8).lowercased())"
        try await run(["CREATE SCHEMA \(name)", "SET search_path TO \(name), public"] + statements(ddl))
        return name
    }

    /// The result of `body`, the schema dropped afterwards whatever happened.
    static func dropping<T>(_ schema: String, _ body: () async throws -> T) async throws -> T {
        do {
            let result = try await body()
            try await run(["DROP SCHEMA \(schema) CASCADE"])
            return result
        } catch {
            try? await run(["DROP SCHEMA \(schema) CASCADE"])
            throw error
        }
    }

    /// The statements of a DDL script written by PostgresDDLWriter (each ends with `;` at a line's end).
    static func statements(_ ddl: String) -> [String] {
        let code = ddl.split(separator: "\n").filter { !$0.hasPrefix("--") }.joined(separator: "\n")
        return code.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    static func run(_ statements: [String]) async throws {
        let parsed = try PostgresConnectionURL(try #require(url))
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let configuration = PostgresConnection.Configuration(host: parsed.host, port: parsed.port, username: parsed.username, password: parsed.password, database: parsed.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            for statement in statements { try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger) }
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}

@Suite(
    .serialized,
    .enabled(
        if: TestPostgres.url != nil || TestPostgres.isCI, "GROUNDWORK_TEST_POSTGRES_URL is not set: run scripts/postgres-for-tests.sh start (scripts/test.sh does) to test the live PostgreSQL reader"))
struct LivePostgresReaderTests {
    @Test func theShopSchemaReadBackFromADatabaseIsTheShopSchema() async throws {
        let url = try #require(TestPostgres.url, "CI=true needs GROUNDWORK_TEST_POSTGRES_URL")
        let shop = try ModelFixtures.shop()
        let schema = try await TestPostgres.schema(with: PostgresDDLWriter.schema(shop))
        let loaded = try await TestPostgres.dropping(schema) { try await LivePostgresReader.load(url: url, schema: schema, name: "shop") }
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(
            ModelFixtures.differences(ModelFixtures.schemaOnly(loaded.model), ModelFixtures.schemaOnly(shop)).isEmpty,
            "\(ModelFixtures.differences(ModelFixtures.schemaOnly(loaded.model), ModelFixtures.schemaOnly(shop)))")
    }

    @Test func theMarketplaceAsCreatedFromItsDDL() async throws {
        let url = try #require(TestPostgres.url, "CI=true needs GROUNDWORK_TEST_POSTGRES_URL")
        let model = try ModelLoader.load(path: ModelFixtures.path("marketplace.dbml")).model
        let schema = try await TestPostgres.schema(with: PostgresDDLWriter.schema(model))
        let loaded = try await TestPostgres.dropping(schema) { try await LivePostgresReader.load(url: url, schema: schema, name: "marketplace") }
        #expect(
            ModelFixtures.differences(DDLReaderTests.sorted(loaded.model), DDLReaderTests.sorted(model)).isEmpty,
            "\(ModelFixtures.differences(DDLReaderTests.sorted(loaded.model), DDLReaderTests.sorted(model)))")
    }

    @Test func longNamesMakeASchemaPostgreSQLCreates() async throws {
        // Two join tables, two indexes and their constraints whose names share their first 63 bytes: cut by
        // PostgreSQL they were one name, and the second CREATE failed with "already exists".
        let yaml = """
            model: 1
            name: long
            entities:
              PurchaseOrderLineItem:
                fields:
                  alternative_warehouse_location_reference_number_primary: {type: string}
                  alternative_warehouse_location_reference_number_secondary: {type: string}
                indexes:
                  - fields: [alternative_warehouse_location_reference_number_primary]
                  - fields: [alternative_warehouse_location_reference_number_secondary]
                many_to_many:
                  alternative_warehouse_location_categories: {entity: Category}
                  alternative_warehouse_location_categories_archived: {entity: Category}
              Category:
                fields:
                  name: {type: string}

            """
        let model = try ModelLoader.load(text: yaml, format: .yaml, file: "long.yaml", name: "long").model
        let url = try #require(TestPostgres.url, "CI=true needs GROUNDWORK_TEST_POSTGRES_URL")
        let schema = try await TestPostgres.schema(with: PostgresDDLWriter.schema(model))
        let loaded = try await TestPostgres.dropping(schema) { try await LivePostgresReader.load(url: url, schema: schema, name: "long") }
        let item = try #require(loaded.model.entity(named: "PurchaseOrderLineItem"))
        #expect(Set(item.manyToMany.map(\.through)) == Set(model.joinTables.map(\.table)), "\(item.manyToMany)")
    }

    @Test func aWrongPasswordOrHostIsAClearErrorWithoutThePassword() async throws {
        do {
            _ = try await LivePostgresReader.load(url: "postgres://someone:s3cret@127.0.0.1:1/nothing?sslmode=disable")
            Issue.record("connected to port 1")
        } catch {
            #expect(error.description.hasPrefix("postgres://someone:****@127.0.0.1:1/nothing: cannot connect:"))
            #expect(!error.description.contains("s3cret"))
        }
    }
}
