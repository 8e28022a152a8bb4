#if Enterprise
import Foundation
import GroundworkBasics

/// What a fleet run (or one shard of it) did: every repository's result and policy evaluation.
package struct FleetAuditOutcome: Sendable {
    package var run: FleetRun
    /// This shard's repositories (audited, failed or skipped), sorted by name.
    package var results: [FleetRepositoryResult]
    /// The policy's verdict per repository name, for audited repositories when a policy was given.
    package var evaluations: [String: PolicyEvaluation]
    /// Seconds each audited or failed repository took, by name.
    package var durations: [String: Double]
    /// Names of the unchanged repositories whose stored report was reused rather than audited again.
    package var reused: Set<String>
    /// The banner of an evaluation run, nil when licensed.
    package var evaluationMarker: String?

    /// Results with this status.
    package func results(_ status: FleetRepositoryResult.Status) -> [FleetRepositoryResult] {
        results.filter { $0.status == status }
    }

    /// 2 when a repository failed to audit, else 1 when one failed a gate, else 0.
    package var exitStatus: ExitStatus {
        if results.contains(where: { $0.status == .failed }) { return .incomplete }
        if results.contains(where: { $0.gatesPassed == false }) { return .gateFailed }
        return .success
    }
}
#endif
