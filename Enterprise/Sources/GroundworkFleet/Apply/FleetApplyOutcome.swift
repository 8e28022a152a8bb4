#if Enterprise
import GroundworkBasics

/// What one `fleet apply` run did: a record per repository, and whether the canary stopped it.
package struct FleetApplyOutcome: Sendable {
    package var campaign: String
    package var dryRun: Bool
    /// Sorted by repository.
    package var records: [FleetApplyRecord]
    /// True when a canary repository failed and the rest were not started.
    package var stoppedAfterCanary: Bool
    /// The repositories the canary held back.
    package var notStarted: [String]
    /// The EVALUATION marker without a licence.
    package var evaluationMarker: String?

    /// 0 when every repository reached a good state; 1 when one needs a person (needs_human, conflicted,
    /// verification failed) or the canary stopped the run; 2 when one could not be worked on at all.
    package var exitStatus: ExitStatus {
        if records.contains(where: { $0.state == .failed }) { return .incomplete }
        if stoppedAfterCanary || records.contains(where: { [.needsHuman, .conflicted, .verificationFailed].contains($0.state) }) { return .gateFailed }
        return .success
    }

    /// How many repositories are in each state, in the order of `FleetApplyState.allCases`.
    package var counts: [(state: FleetApplyState, count: Int)] {
        FleetApplyState.allCases.compactMap { state in
            let count = records.filter { $0.state == state }.count
            return count == 0 ? nil : (state, count)
        }
    }

    /// The summary printed after a run.
    package func text() -> String {
        var lines: [String] = []
        if let evaluationMarker { lines.append(evaluationMarker) }
        lines.append("Campaign \(campaign)\(dryRun ? " (dry run: nothing pushed or recorded)" : ""): \(records.count) repositories")
        lines += counts.map { "  \($0.state.rawValue): \($0.count)" }
        for record in records where [.needsHuman, .conflicted, .verificationFailed, .failed].contains(record.state) {
            lines.append("\(record.repository): \(record.state.rawValue): \(record.reason ?? "")")
        }
        if stoppedAfterCanary {
            lines.append(
                "The canary failed: \(notStarted.count) repositories were not started (\(notStarted.prefix(5).joined(separator: ", "))\(notStarted.count > 5 ? ", …" : "")). Fix the canary's failure and run again."
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
#endif
