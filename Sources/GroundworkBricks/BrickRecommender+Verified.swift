import Foundation
import GroundworkAuditModel

/// A failing check a brick lists in `fixes` that its apply would not make pass on this repository.
package struct UncreditedFix: Sendable {
    package var check: CheckResult
    /// Why: the apply keeps an existing file, it failed to plan, or the check still fails afterwards.
    package var reason: String
}

/// Given the plan of applying one brick and the check ids it claims to fix, the ids that would pass
/// once the plan is written (the CLI answers by re-running those checks on the planned tree).
package typealias FixVerifier = (_ plan: BrickPlan, _ claimed: Set<String>) throws -> Set<String>

extension BrickRecommender {
    /// Like `recommend(report:facts:library:lock:)`, but a brick is credited with a check only when the
    /// apply it plans would make that check pass (`verify` says which): an existing file the apply keeps
    /// fixes nothing. Bricks left with no credited fix are returned apart, with the reasons.
    package static func recommend(workspace: BrickWorkspace, library: BrickLibrary, verify: FixVerifier) -> (recommended: [Recommendation], alternatives: [Recommendation], declined: [Recommendation])
    {
        var credited: [Recommendation] = []
        var declined: [Recommendation] = []
        for var candidate in candidates(report: workspace.report, facts: workspace.facts, library: library, lock: workspace.lock) {
            let claimed = Set(candidate.fixes.map(\.id))
            var passing: Set<String> = []
            var reason = "the check still fails after its apply"
            do {
                let plan = try ApplyPlanner.plan([candidate.brick.id], library: library, workspace: workspace)
                passing = try verify(plan, claimed)
                let kept = plan.files.filter { $0.operation == .keep && $0.bricks.contains(candidate.brick.id) }.map(\.path)
                if !kept.isEmpty { reason = "its apply keeps your \(kept.joined(separator: ", "))" }
                if let unresolved = plan.notes.first(where: { $0.contains("no known pin") }) { reason += "; \(unresolved)" }
            } catch {
                reason = "its apply cannot be planned: \(error)"
            }
            candidate.notCredited = candidate.fixes.filter { !passing.contains($0.id) }.map { UncreditedFix(check: $0, reason: reason) }
            candidate.fixes = candidate.fixes.filter { passing.contains($0.id) }
            if candidate.fixes.isEmpty {
                candidate.hours = 0
                declined.append(candidate)
                continue
            }
            let sum = candidate.fixes.reduce(0) { $0 + $1.effortHours }
            candidate.hours = sum > 0 ? sum : candidate.brick.manifest.effortHours
            credited.append(candidate)
        }
        let (recommended, alternatives) = rank(credited)
        return (recommended, alternatives, declined)
    }
}
