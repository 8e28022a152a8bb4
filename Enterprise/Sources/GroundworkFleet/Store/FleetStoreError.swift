#if Enterprise
import GroundworkBasics

/// Why the fleet store could not be opened, read or written. Messages carry store URLs redacted.
public struct FleetStoreError: UserFacingError, Sendable, Equatable {
    /// The kind of failure.
    public enum Code: String, Sendable, Equatable {
        /// `--store` is not a SQLite path or a `postgres://` URL.
        case badURL
        /// The database could not be reached (PostgreSQL down, no permission on the SQLite file's folder).
        case unreachable
        /// A query failed or the stored data is not what this groundwork writes.
        case database
        /// The database was written by a newer groundwork.
        case newerSchema
    }

    /// The kind of failure.
    public let code: Code
    /// What went wrong and what to do, with the store URL redacted.
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// Exit 64 for a bad `--store`, 2 for a store that cannot be used now.
    public var exitStatus: ExitStatus {
        code == .badURL ? .usage : .incomplete
    }

    public var description: String { message }
}
#endif
