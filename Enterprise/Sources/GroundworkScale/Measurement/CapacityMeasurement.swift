#if Enterprise
import Foundation

/// Everything measured about one service: the load ladder, memory and connections at rest, the
/// database's limits, and the tools that measured it, with their versions.
package struct CapacityMeasurement: Sendable, Equatable, Codable {
    /// The service measured.
    package struct Service: Sendable, Equatable, Codable {
        /// A name for headings: the folder of `--service`, else the URL's host and port.
        package var name: String
        /// The URL loaded.
        package var url: String
        /// The command that started it.
        package var command: String
        /// The folder it ran in.
        package var directory: String?
        /// The application stack, when it is a generated service.
        package var stack: String?
    }

    /// A program used to measure, found on PATH.
    package struct Tool: Sendable, Equatable, Codable {
        package var name: String
        package var version: String
        package var path: String
    }

    /// The PostgreSQL the service used (`--database-url`).
    package struct Database: Sendable, Equatable, Codable {
        /// `SHOW server_version`.
        package var serverVersion: String
        /// `SHOW max_connections`.
        package var maxConnections: Int
        /// `SHOW superuser_reserved_connections`.
        package var superuserReservedConnections: Int
        /// Connections open before the service started (other clients; this measurement's own session excluded).
        package var otherConnections: Int
    }

    package var service: Service
    /// The p95 latency the capacity is read at, milliseconds.
    package var p95TargetMilliseconds: Double
    /// The steps, in the order they ran.
    package var steps: [LoadStep]
    /// Resident memory of the service's processes after start, before load, bytes.
    package var idleRSSBytes: Int
    /// Database connections the service held before load.
    package var idleDatabaseConnections: Int?
    package var database: Database?
    package var tools: [Tool]
    /// Processor cores of this machine (the load generator shares them with the service).
    package var cores: Int
    /// `uname -r`-style kernel release, for the record.
    package var kernel: String
    package var startedAt: Date
}
#endif
