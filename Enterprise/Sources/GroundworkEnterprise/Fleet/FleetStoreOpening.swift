#if Enterprise
import Foundation

/// Opens the store a fleet run records into, through `FleetStoreFactory`.
package enum FleetStoreOpening {
    /// The store at `url` (see `FleetStoreFactory.open`).
    ///
    /// Shards started at the same moment (an Indexed Job) may all find a new SQLite file and race to create
    /// its tables; the losers fail once. A few short, jittered retries let them open the store the winner made.
    package static func open(url: String?, fleetFile: String, attempts: Int = 4) async throws -> any FleetStore {
        var attempt = 1
        while true {
            do {
                return try FleetStoreFactory.open(url: url, fleetFile: fleetFile)
            } catch {
                guard attempt < attempts else { throw error }
                attempt += 1
                try await Task.sleep(for: .milliseconds(Int.random(in: 100...400)))
            }
        }
    }
}
#endif
