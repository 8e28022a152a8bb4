#if Enterprise
import Foundation
import GroundworkHTTP

/// `fleet prs status|merge|close|comment`: follows the requests a campaign opened, from the store alone
/// (each record names its forge), reading in batches and writing through the token's governor.
package struct FleetRequestFollower: Sendable {
    /// What to do with each open request.
    package enum Action: Sendable {
        case status
        /// Merges requests that are approved and green; the others are left as they are.
        case merge
        case close
        case comment(String)
    }

    package let store: any FleetCampaignStore
    /// Where forge tokens are read, by the variable the fleet file named.
    package var environment: [String: String]
    package var client: HTTPClient
    package var budget: FleetWriteGovernor.Budget
    /// Requests followed at once (every forge's writes, and the status reads of a batch a forge refused).
    package var batchSize = 8

    package init(store: any FleetCampaignStore, environment: [String: String], client: HTTPClient = HTTPClient(), budget: FleetWriteGovernor.Budget = .github) {
        self.store = store
        self.environment = environment
        self.client = client
        self.budget = budget
    }

    /// Applies `action` to every request of `campaign` (every campaign when nil) and records the new
    /// states; returns every record of the campaign(s), followed ones updated.
    package func run(_ action: Action, campaign: String?) async throws -> [FleetApplyRecord] {
        let records = try await store.campaignRecords(campaign: campaign)
        let followed = records.filter { $0.requestNumber != nil && $0.host != nil && !$0.state.isSettled }
        let known = await batchedStatuses(of: followed)
        var updated: [String: FleetApplyRecord] = [:]
        var index = 0
        while index < followed.count {
            let batch = followed.indices[index..<min(index + batchSize, followed.count)]
            index += batchSize
            let results = await withTaskGroup(of: FleetApplyRecord.self) { group in
                for position in batch { group.addTask { await follow(followed[position], action: action, known: known[position]) } }
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

    /// The statuses of the requests among `records`, by position, read in batches per forge, API and token:
    /// GitHub's `GitHubStatusQuery.maxPerQuery` pull requests per GraphQL request instead of three REST reads
    /// each, GitLab's merge requests of `GitLabStatusQuery.maxProjectsPerQuery` projects per GraphQL request
    /// instead of two REST reads each. A batch that fails as a whole leaves its requests to be read one by one
    /// (and their errors recorded) by `follow`; a repository the forge cannot resolve gets its own error.
    private func batchedStatuses(of records: [FleetApplyRecord]) async -> [Int: Result<ChangeRequestStatus, FleetError>] {
        var groups: [String: [Int]] = [:]
        for (position, record) in records.enumerated() {
            guard let host = record.host else { continue }
            groups[[host.service.rawValue, host.apiURL, host.tokenEnvironmentVariable].joined(separator: "\u{0}"), default: []].append(position)
        }
        var statuses: [Int: Result<ChangeRequestStatus, FleetError>] = [:]
        for positions in groups.values {
            guard let host = records[positions[0]].host, let token = token(for: host) else { continue }
            let items = positions.compactMap { position in
                records[position].requestNumber.map { (project: records[position].host?.project ?? "", number: $0) }
            }
            let results: [Result<ChangeRequestStatus, FleetError>]?
            switch host.service {
            case .github:
                let api = ChangeRequestServices.gitHubAPI(token: token, client: client)
                results = try? await GitHubChangeRequests.statuses(of: items, api: api, apiURL: host.apiURL)
            case .gitlab:
                let api = ChangeRequestServices.gitLabGraphQLAPI(token: token, client: client)
                results = try? await GitLabChangeRequests.statuses(of: items, api: api, apiURL: host.apiURL)
            }
            guard let results else { continue }
            for (position, result) in zip(positions, results) { statuses[position] = result }
        }
        return statuses
    }

    /// The token of `host`'s environment variable; nil when it holds none.
    private func token(for host: FleetRepositoryHost) -> String? {
        guard let token = environment[host.tokenEnvironmentVariable]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty else { return nil }
        return token
    }

    /// One request: its status (read now unless `known`), then the action when it applies.
    private func follow(_ record: FleetApplyRecord, action: Action, known: Result<ChangeRequestStatus, FleetError>?) async -> FleetApplyRecord {
        guard let host = record.host, let number = record.requestNumber, let url = record.requestURL else { return record }
        guard let token = token(for: host) else {
            return record.with(state: record.state, reason: "the environment variable \(host.tokenEnvironmentVariable) holds no token")
        }
        let service = ChangeRequestServices.make(host, token: token, governor: await FleetWriteGovernor.forToken(token, budget: budget), client: client)
        let request = ChangeRequest(number: number, url: url)
        let scrub = FleetCredentials(apiTokens: [host.tokenEnvironmentVariable: token])
        do {
            let status: ChangeRequestStatus
            if let known { status = try known.get() } else { status = try await service.status(request) }
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
