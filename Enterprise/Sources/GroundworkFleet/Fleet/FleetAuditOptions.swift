#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkLicense

/// How a fleet run goes: parallelism, shard, run id, policy, entitlement and the per-repository audit options.
package struct FleetAuditOptions: Sendable {
    /// Repositories audited at once.
    package var jobs: Int
    /// This process's share of a sharded run; nil audits the whole fleet.
    package var shard: FleetShard?
    /// Shared by every shard of the same run.
    package var runID: String
    /// Applied to each report; nil records no level and no gates.
    package var policy: Policy?
    /// Licensed or evaluation: how many repositories may be audited.
    package var entitlement: Entitlement
    /// How each repository is audited; its directories hold the shared cache (bare mirrors, history cache).
    package var audit: AuditOptions
    /// Called on the worker's task after each repository is recorded: (done, total, result).
    package var progress: (@Sendable (Int, Int, FleetRepositoryResult) -> Void)?

    package init(
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, shard: FleetShard? = nil, runID: String = UUID().uuidString.lowercased(),
        policy: Policy? = nil, entitlement: Entitlement, audit: AuditOptions = AuditOptions(),
        progress: (@Sendable (Int, Int, FleetRepositoryResult) -> Void)? = nil
    ) {
        self.jobs = max(1, jobs)
        self.shard = shard
        self.runID = runID
        self.policy = policy
        self.entitlement = entitlement
        self.audit = audit
        self.progress = progress
    }

    /// The moment of the run (the audit's `now`), for exemption expiry and campaign due dates.
    package var now: Date { audit.now }
}
#endif
