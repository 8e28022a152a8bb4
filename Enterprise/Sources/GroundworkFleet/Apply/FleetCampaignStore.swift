#if Enterprise
/// Where the per-repository state of fleet apply campaigns is kept, beside the audit results
/// (both `SQLiteFleetStore` and `PostgresFleetStore` conform).
package protocol FleetCampaignStore: Sendable {
    /// The record of `repository` in `campaign`, nil before the campaign first reached it.
    func campaignRecord(campaign: String, repository: String) async throws -> FleetApplyRecord?
    /// Replaces the record of its campaign and repository; a change of state is also kept as an event.
    func recordCampaign(_ record: FleetApplyRecord) async throws
    /// Every record of `campaign` (of every campaign when nil), by campaign then repository.
    func campaignRecords(campaign: String?) async throws -> [FleetApplyRecord]
    /// Every state change of `campaign` (of every campaign when nil), oldest first.
    func campaignEvents(campaign: String?) async throws -> [FleetCampaignEvent]
}

extension FleetStoreFactory {
    /// The store at `url` (as `open`), as a campaign store.
    package static func openCampaignStore(url: String?, fleetFile: String) throws -> any FleetStore & FleetCampaignStore {
        switch try FleetStoreLocation.parse(url, fleetFile: fleetFile) {
        case .sqlite(let path): try SQLiteFleetStore(path: path)
        case .postgres(let configuration): PostgresFleetStore(configuration: configuration)
        }
    }
}
#endif
