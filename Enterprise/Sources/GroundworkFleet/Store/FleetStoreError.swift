#if Enterprise
import GroundworkBasics

/// Why the fleet store could not be opened, read or written. Messages carry store URLs redacted.
package struct FleetStoreError: UserFacingError, Sendable, Equatable {
    /// The kind of failure.
    package enum Code: String, Sendable, Equatable {
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
    package let code: Code
    /// What went wrong and what to do, with the store URL redacted.
    package let message: String

    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// Exit 64 for a bad `--store`, 2 for a store that cannot be used now.
    package var exitStatus: ExitStatus {
        code == .badURL ? .usage : .incomplete
    }

    package var description: String { message }
}
#endif
