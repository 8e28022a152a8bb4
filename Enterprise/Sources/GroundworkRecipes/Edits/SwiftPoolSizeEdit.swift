#if Enterprise
import Foundation
import GroundworkBricks

/// The db-connection-budget recipe's Swift edit (`recipes/db-pool-swift`): the generated
/// `Sources/App/App+build.swift` makes its `PostgresClient` from DATABASE_URL with PostgresNIO's default pool
/// (`maximumConnections` 20); the edit sets `maximumConnections` from DB_POOL_SIZE (the number the budget
/// counts) when it is a positive number. No prepared-statement setting is needed: PostgresNIO sends a query
/// as Parse, Describe, Bind and Execute of the unnamed statement before one Sync, which PgBouncer's
/// transaction mode keeps on one server connection. Another construction gets a note, never a guess.
struct SwiftPoolSizeEdit: InPlaceEdit {
    static let construction = "    let client = PostgresClient(configuration: try .init(url: configuration.databaseURL), backgroundLogger: logger)\n"
    static let sized = """
            var database = try PostgresClient.Configuration(url: configuration.databaseURL)
            // DB_POOL_SIZE bounds this process's connections: the number the database's connection budget counts
            // (db-connection-budget recipe); PostgresNIO's default (20) when unset.
            if let size = ProcessInfo.processInfo.environment["DB_POOL_SIZE"].flatMap({ Int($0) }), size > 0 {
                database.options.maximumConnections = size
            }
            let client = PostgresClient(configuration: database, backgroundLogger: logger)

        """

    func apply(to text: String, path: String) throws -> EditResult {
        AnchoredReplacements(replacements: [(Self.construction, Self.sized)]).edit(
            text, path: path, wired: "\"DB_POOL_SIZE\"",
            hint: "set the PostgresClient's options.maximumConnections from DB_POOL_SIZE by hand; the recipe did not find "
                + "`let client = PostgresClient(configuration: try .init(url: configuration.databaseURL), backgroundLogger: logger)`"
        )
    }
}
#endif
