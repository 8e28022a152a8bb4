#if Enterprise
import Foundation
import GroundworkLicense

/// Runs a campaign over the repositories of a fleet: the licence limit first, then the canary
/// repositories one by one, then the rest in parallel, each repository recorded as it goes.
package struct FleetApplier: Sendable {
    package let store: any FleetCampaignStore

    package init(store: any FleetCampaignStore) {
        self.store = store
    }

    package func run(repositories: [FleetRepository], change: any FleetChange, options: FleetApplyOptions) async throws -> FleetApplyOutcome {
        guard options.entitlement.allows(.fleet) else {
            throw FleetError(.usage, "the license does not include the `fleet` feature that fleet apply needs; install a license that does with `groundwork license install FILE`")
        }
        let sorted = repositories.sorted { $0.name < $1.name }
        let limit = options.entitlement.maxRepositories ?? sorted.count
        var records: [FleetApplyRecord] = []
        for repository in sorted.dropFirst(limit) {
            var record = FleetApplyRecord(
                campaign: options.campaign, repository: repository.name, location: options.credentials.scrub(repository.location),
                client: repository.client, state: .skipped, reason: limitReason(options.entitlement), branch: options.branch, updatedAt: Date()
            )
            if !options.dryRun {
                try await store.recordCampaign(record)
            } else {
                record.reason = "dry run: " + (record.reason ?? "")
            }
            records.append(record)
        }
        let allowed = Array(sorted.prefix(limit))
        if let eta = try await requestEstimate(allowed, options: options) { options.output?(eta) }

        let canaryCount = min(options.canary ?? 0, allowed.count)
        var stoppedAfterCanary = false
        for repository in allowed.prefix(canaryCount) {
            let record = await FleetRepositoryCampaign(repository: repository, change: change, options: options, store: store).run()
            records.append(record)
            Self.report(record, options: options)
        }
        let canaryFailures = records.filter { [.failed, .verificationFailed, .conflicted].contains($0.state) }
        if canaryCount > 0, !canaryFailures.isEmpty {
            stoppedAfterCanary = true
        } else {
            let queue = CampaignQueue(Array(allowed.dropFirst(canaryCount)))
            let store = self.store
            let finished = await withTaskGroup(of: [FleetApplyRecord].self) { group in
                for _ in 0..<max(1, options.jobs) {
                    group.addTask {
                        var done: [FleetApplyRecord] = []
                        while let repository = await queue.next() {
                            let record = await FleetRepositoryCampaign(repository: repository, change: change, options: options, store: store).run()
                            Self.report(record, options: options)
                            done.append(record)
                        }
                        return done
                    }
                }
                var all: [FleetApplyRecord] = []
                for await batch in group { all += batch }
                return all
            }
            records += finished
        }
        return FleetApplyOutcome(
            campaign: options.campaign, dryRun: options.dryRun, records: records.sorted { $0.repository < $1.repository },
            stoppedAfterCanary: stoppedAfterCanary, notStarted: stoppedAfterCanary ? allowed.dropFirst(canaryCount).map(\.name) : [],
            evaluationMarker: options.entitlement.reportMarker
        )
    }

    /// "Up to N requests to open…" with the time the write budget needs for them, before anything starts;
    /// nil when no hosted repository still needs a request.
    func requestEstimate(_ repositories: [FleetRepository], options: FleetApplyOptions) async throws -> String? {
        guard options.openRequests, !options.dryRun else { return nil }
        let recorded = Dictionary(
            try await store.campaignRecords(campaign: options.campaign).map { ($0.repository, $0) }, uniquingKeysWith: { first, _ in first }
        )
        var perToken: [String: Int] = [:]
        for repository in repositories {
            guard let host = repository.host, recorded[repository.name]?.requestURL == nil, recorded[repository.name]?.state.isSettled != true else { continue }
            perToken[host.tokenEnvironmentVariable, default: 0] += 1
        }
        guard let busiest = perToken.values.max() else { return nil }
        let total = perToken.values.reduce(0, +)
        let seconds = options.writeBudget.estimate(busiest).components.seconds
        let time = seconds >= 120 ? "\(seconds / 60) min" : "\(seconds) s"
        return "Up to \(total) pull/merge requests to open, paced at \(options.writeBudget.perMinute)/min and \(options.writeBudget.perHour)/h per token: at least \(time).\n"
    }

    /// One progress line per repository outside a dry run (the dry run prints its plans instead).
    private static func report(_ record: FleetApplyRecord, options: FleetApplyOptions) {
        guard !options.dryRun else { return }
        options.output?("\(record.repository): \(record.state.rawValue)\(record.reason.map { " — " + $0 } ?? "")\n")
    }

    private func limitReason(_ entitlement: Entitlement) -> String {
        let limit = entitlement.maxRepositories ?? 0
        return entitlement.isEvaluation
            ? "\(Entitlement.evaluationMarker): evaluation mode applies to at most \(limit) repositories; install a license with `groundwork license install FILE`"
            : "the license covers \(limit) repositories; this one is beyond the limit"
    }
}

/// Hands each repository to exactly one worker.
private actor CampaignQueue {
    private var pending: [FleetRepository]

    init(_ repositories: [FleetRepository]) {
        pending = repositories.reversed()
    }

    func next() -> FleetRepository? { pending.popLast() }
}
#endif
