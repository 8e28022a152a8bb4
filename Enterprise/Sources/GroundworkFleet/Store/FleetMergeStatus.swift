#if Enterprise
import Foundation

/// Whether every shard of a run arrived and finished: what `groundwork fleet merge` reports.
package struct FleetMergeStatus: Sendable, Equatable {
    package var runID: String
    /// N of `--shard i/N`; nil for an unsharded run.
    package var shardCount: Int?
    /// Shards (1…N) with no record at all: never started, or started against another store.
    package var missingShards: [Int]
    /// Shards that started but did not finish (still running, or crashed).
    package var unfinishedShards: [Int]
    /// Shard records that disagree with the others about N, or lie outside 1…N.
    package var problems: [String]
    /// Repositories recorded, by status.
    package var audited: Int
    package var failed: Int
    package var skipped: Int

    /// True when nothing is missing, unfinished or inconsistent.
    package var isComplete: Bool { missingShards.isEmpty && unfinishedShards.isEmpty && problems.isEmpty }

    /// Checks the shard records of `runID`; a run with no record at all is an error.
    package static func check(runID: String, in store: any FleetStore) async throws -> FleetMergeStatus {
        let shards = try await store.shards(runID: runID)
        guard !shards.isEmpty else {
            let known = try await store.runs().prefix(5).map(\.id)
            throw FleetReportError(.unknownRun, "no run '\(runID)' in the fleet store\(known.isEmpty ? "" : "; recent runs: " + known.joined(separator: ", "))")
        }
        let results = try await store.results(runID: runID)
        var status = FleetMergeStatus(
            runID: runID, shardCount: nil, missingShards: [], unfinishedShards: [], problems: [],
            audited: results.count { $0.status == .audited }, failed: results.count { $0.status == .failed },
            skipped: results.count { $0.status == .skipped }
        )
        let counts = Set(shards.compactMap(\.shardCount))
        if counts.count > 1 {
            status.problems.append("shards disagree about the shard count: \(counts.sorted().map(String.init).joined(separator: ", "))")
        }
        if shards.contains(where: { $0.shardIndex == nil }), shards.contains(where: { $0.shardIndex != nil }) {
            status.problems.append("the run mixes an unsharded record with sharded ones")
        }
        guard let count = counts.max() else {
            status.unfinishedShards = shards.contains { $0.finishedAt == nil } ? [0] : []
            return status
        }
        status.shardCount = count
        let byIndex = Dictionary(shards.compactMap { shard in shard.shardIndex.map { ($0, shard) } }, uniquingKeysWith: { first, _ in first })
        status.missingShards = (1...max(1, count)).filter { byIndex[$0] == nil }
        status.unfinishedShards = byIndex.filter { $0.value.finishedAt == nil }.map(\.key).sorted()
        for index in byIndex.keys.sorted() where !(1...max(1, count)).contains(index) {
            status.problems.append("shard \(index) is outside 1…\(count)")
        }
        return status
    }

    /// What `fleet merge` prints.
    package var text: String {
        var lines: [String] = []
        let shardsText = shardCount.map { "\($0) shard\($0 == 1 ? "" : "s")" } ?? "unsharded"
        lines.append("run \(runID) (\(shardsText)): \(audited) audited, \(failed) failed, \(skipped) skipped")
        if !missingShards.isEmpty {
            lines.append("missing shards: \(missingShards.map { "\($0)/\(shardCount ?? 1)" }.joined(separator: ", "))")
        }
        if !unfinishedShards.isEmpty {
            lines.append(shardCount == nil ? "the run has not finished" : "unfinished shards: \(unfinishedShards.map { "\($0)/\(shardCount ?? 1)" }.joined(separator: ", "))")
        }
        lines += problems
        lines.append(isComplete ? "complete: every shard arrived and finished" : "incomplete")
        return lines.joined(separator: "\n") + "\n"
    }
}
#endif
