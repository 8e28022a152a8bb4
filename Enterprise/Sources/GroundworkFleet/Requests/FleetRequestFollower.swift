#if Enterprise
import Foundation
import GroundworkHTTP

/// `fleet prs status|merge|close|comment`: follows the requests a campaign opened, from the store alone
/// (each record names its forge), reading in batches and writing through the token's governor.
public struct FleetRequestFollower: Sendable {
    /// What to do with each open request.
    public enum Action: Sendable {
        case status
        /// Merges requests that are approved and green; the others are left as they are.
        case merge
        case close
        case comment(String)
    }

    public let store: any FleetCampaignStore
    /// Where forge tokens are read, by the variable the fleet file named.
    public var environment: [String: String]
    public var client: HTTPClient
    public var budget: FleetWriteGovernor.Budget
    /// Status reads in flight at once.
    public var batchSize = 8

    public init(store: any FleetCampaignStore, environment: [String: String], client: HTTPClient = HTTPClient(), budget: FleetWriteGovernor.Budget = .github) {
        self.store = store
        self.environment = environment
        self.client = client
        self.budget = budget
    }

    /// Applies `action` to every request of `campaign` (every campaign when nil) and records the new
    /// states; returns every record of the campaign(s), followed ones updated.
    public func run(_ action: Action, campaign: String?) async throws -> [FleetApplyRecord] {
        let records = try await store.campaignRecords(campaign: campaign)
        let followed = records.filter { $0.requestNumber != nil && $0.host != nil && !$0.state.isSettled }
        var updated: [String: FleetApplyRecord] = [:]
        var index = 0
        while index < followed.count {
            let batch = followed[index..<min(index + batchSize, followed.count)]
            index += batchSize
            let results = await withTaskGroup(of: FleetApplyRecord.self) { group in
                for record in batch { group.addTask { await follow(record, action: action) } }
                var done: [FleetApplyRecord] = []
                for await record in group { done.append(record) }
                return done
            }
            for record in results {
                try await store.recordCampaign(record)
                updated[record.campaign + "\u{0}" + record.repository] = record
            }
        }
        return records.map { updated[$0.campaign + "\u{0}" + $0.repository] ?? $0 }
    }

    /// One request: its status read, then the action when it applies.
    private func follow(_ record: FleetApplyRecord, action: Action) async -> FleetApplyRecord {
        guard let host = record.host, let number = record.requestNumber, let url = record.requestURL else { return record }
        guard let token = environment[host.tokenEnvironmentVariable]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty else {
            return record.with(state: record.state, reason: "the environment variable \(host.tokenEnvironmentVariable) holds no token")
        }
        let service = ChangeRequestServices.make(host, token: token, governor: await FleetWriteGovernor.forToken(token, budget: budget), client: client)
        let request = ChangeRequest(number: number, url: url)
        let scrub = FleetCredentials(apiTokens: [host.tokenEnvironmentVariable: token])
        do {
            let status = try await service.status(request)
            var next = record.with(state: status.campaignState, reason: nil)
            switch action {
            case .status:
                break
            case .merge:
                guard status.state == .open else { break }
                guard status.approved, status.checks == .green, status.mergeable != false else {
                    next.reason =
                        "not merged: "
                        + [
                            status.approved ? nil : "not approved", status.checks == .green ? nil : "checks are \(status.checks.rawValue)",
                            status.mergeable == false ? "it conflicts" : nil,
                        ].compactMap { $0 }.joined(separator: ", ")
                    break
                }
                try await service.merge(request)
                next.state = .merged
            case .close:
                guard status.state == .open else { break }
                try await service.close(request)
                next.state = .closed
            case .comment(let body):
                guard status.state == .open else { break }
                try await service.comment(request, body: body)
            }
            next.updatedAt = Date()
            return next
        } catch {
            var failed = record
            failed.reason = scrub.scrub("\(error)")
            return failed
        }
    }
}
#endif
