#if Enterprise
import Foundation

/// Reads what a fleet report needs from a store: the chosen run, its results, and the runs for trends.
package enum FleetReportLoader {
    /// The run `runID` (default: the newest run, started on or after `since` when given), with every run
    /// from `since` up to it as the trend.
    package static func load(from store: any FleetStore, runID: String?, since: Date?, now: Date = Date()) async throws -> FleetReportData {
        let all = try await store.runs()
        let window = all.filter { run in since.map { run.startedAt >= $0 } ?? true }
        let chosen: FleetRun
        if let runID {
            guard let run = all.first(where: { $0.id == runID }) else {
                throw FleetReportError(.unknownRun, "no run '\(runID)' in the fleet store; known runs: \(all.prefix(5).map(\.id).joined(separator: ", "))\(all.count > 5 ? ", …" : "")")
            }
            chosen = run
        } else {
            guard let newest = window.first else {
                throw FleetReportError(
                    .noRuns,
                    since == nil
                        ? "the fleet store holds no run yet; run `groundwork fleet audit` first"
                        : "no fleet run started on or after --since; drop --since or pick an older date")
            }
            chosen = newest
        }
        var trend: [FleetRunSummary] = []
        for run in window.reversed() where run.startedAt <= chosen.startedAt {
            trend.append(FleetRunSummary(run: run, results: try await store.results(runID: run.id)))
        }
        if !trend.contains(where: { $0.runID == chosen.id }) {
            trend.append(FleetRunSummary(run: chosen, results: try await store.results(runID: chosen.id)))
        }
        let results = try await store.results(runID: chosen.id)
        var data = FleetReportData(run: chosen, results: results, trend: trend, generatedAt: now)
        if let campaigns = store as? any FleetCampaignStore {
            // A store may serve several fleets: the report shows the campaigns over this run's repositories.
            let audited = Set(results.map { $0.repository.name + "\u{1F}" + $0.repository.location })
            data.campaigns = try await campaigns.campaignRecords(campaign: nil).filter { audited.contains($0.repository + "\u{1F}" + $0.location) }
            let kept = Set(data.campaigns.map { $0.campaign + "\u{1F}" + $0.repository })
            data.campaignEvents = try await campaigns.campaignEvents(campaign: nil).filter { kept.contains($0.campaign + "\u{1F}" + $0.repository) }
        }
        return data
    }
}
#endif
