#if Enterprise
import Foundation

/// Opens the fleet store that `--store` names: SQLite by default, PostgreSQL for shared or sharded runs.
package enum FleetStoreFactory {
    /// The store at `url` (`sqlite:PATH`, a plain path, `postgres://…`, `postgresql://…`), or
    /// `.groundwork/fleet.db` beside `fleetFile` when `url` is nil. Errors never show the password.
    package static func open(url: String?, fleetFile: String) throws -> any FleetStore {
        switch try FleetStoreLocation.parse(url, fleetFile: fleetFile) {
        case .sqlite(let path): try SQLiteFleetStore(path: path)
        case .postgres(let configuration): PostgresFleetStore(configuration: configuration)
        }
    }
}
#endif
