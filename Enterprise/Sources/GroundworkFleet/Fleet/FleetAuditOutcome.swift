#if Enterprise
import Foundation
import GroundworkBasics

/// What a fleet run (or one shard of it) did: every repository's result and policy evaluation.
public struct FleetAuditOutcome: Sendable {
    public var run: FleetRun
    /// This shard's repositories (audited, failed or skipped), sorted by name.
    public var results: [FleetRepositoryResult]
    /// The policy's verdict per repository name, for audited repositories when a policy was given.
    public var evaluations: [String: PolicyEvaluation]
    /// Seconds each audited or failed repository took, by name.
    public var durations: [String: Double]
    /// Names of the unchanged repositories whose stored report was reused rather than audited again.
    public var reused: Set<String>
    /// The banner of an evaluation run, nil when licensed.
    public var evaluationMarker: String?

    /// Results with this status.
    public func results(_ status: FleetRepositoryResult.Status) -> [FleetRepositoryResult] {
        results.filter { $0.status == status }
    }

    /// 2 when a repository failed to audit, else 1 when one failed a gate, else 0.
    public var exitStatus: ExitStatus {
        if results.contains(where: { $0.status == .failed }) { return .incomplete }
        if results.contains(where: { $0.gatesPassed == false }) { return .gateFailed }
        return .success
    }
}
#endif
