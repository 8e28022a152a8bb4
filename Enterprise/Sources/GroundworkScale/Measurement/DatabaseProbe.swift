#if Enterprise
import Foundation
import GroundworkModelPostgres
import Logging
import PostgresNIO

/// One connection to the service's PostgreSQL: its limits, and which client backends belong to the
/// service (pg_stat_activity rows whose client port is one of the service's sockets).
package final class DatabaseProbe: @unchecked Sendable {
    /// The database's address, as parsed from `--database-url`.
    package let url: PostgresConnectionURL
    private let connection: PostgresConnection

    /// Connections to the service's database, counted at one moment.
    package struct Sample: Sendable, Equatable {
        package var connections: Int
        package var active: Int
    }

    private init(url: PostgresConnectionURL, connection: PostgresConnection) {
        self.url = url
        self.connection = connection
    }

    /// Connects to `text`, or explains why not.
    package static func connect(_ text: String) async throws(ScaleError) -> DatabaseProbe {
        let url: PostgresConnectionURL
        do {
            url = try PostgresConnectionURL(text)
        } catch {
            throw ScaleError(.usage, "--database-url: \(error.details.message)")
        }
        let logger = Logger(label: "groundwork.scale", factory: { _ in SwiftLogNoOpLogHandler() })
        do {
            let connection = try await PostgresConnection.connect(configuration: try LivePostgresReader.configuration(url), id: 1, logger: logger)
            return DatabaseProbe(url: url, connection: connection)
        } catch {
            throw ScaleError(
                .databaseFailed, "--database-url \(url.redacted): cannot connect: \(LivePostgresReader.describe(error, hiding: url.password))",
                remedy: "check that PostgreSQL accepts connections there and that the user, password and database are right"
            )
        }
    }

    /// The server's version and connection limits, and how many other clients are connected now.
    package func facts() async throws(ScaleError) -> CapacityMeasurement.Database {
        do {
            let rows = try await connection.query(
                """
                SELECT current_setting('server_version'), current_setting('max_connections')::int,
                       current_setting('superuser_reserved_connections')::int,
                       (SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid())
                """, logger: logger)
            for try await (version, maximum, reserved, others) in rows.decode((String, Int, Int, Int).self) {
                return CapacityMeasurement.Database(serverVersion: version, maxConnections: maximum, superuserReservedConnections: reserved, otherConnections: others)
            }
            throw ScaleError(.databaseFailed, "--database-url \(url.redacted): the server returned no settings")
        } catch let error as ScaleError {
            throw error
        } catch {
            throw ScaleError(.databaseFailed, "--database-url \(url.redacted): reading the settings failed: \(LivePostgresReader.describe(error, hiding: url.password))")
        }
    }

    /// The client backends whose client port is in `ports`, and how many of them were running a query.
    package func sample(clientPorts ports: Set<Int>) async throws(ScaleError) -> Sample {
        guard !ports.isEmpty else { return Sample(connections: 0, active: 0) }
        do {
            let rows = try await connection.query(
                "SELECT client_port, state FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()",
                logger: logger
            )
            var sample = Sample(connections: 0, active: 0)
            for try await (port, state) in rows.decode((Int?, String?).self) {
                guard let port, ports.contains(port) else { continue }
                sample.connections += 1
                if state == "active" { sample.active += 1 }
            }
            return sample
        } catch {
            throw ScaleError(.databaseFailed, "--database-url \(url.redacted): reading pg_stat_activity failed: \(LivePostgresReader.describe(error, hiding: url.password))")
        }
    }

    /// Closes the connection.
    package func close() async {
        try? await connection.close()
    }

    private var logger: Logger { Logger(label: "groundwork.scale", factory: { _ in SwiftLogNoOpLogHandler() }) }
}
#endif
