import Foundation
import GroundworkAuditModel

/// An audit context over files held in memory, for focused tests of the docs, CI, Actions and code checks.
func contentContext(_ files: [String: String], stack: Stack = Stack(), exclude: [String] = []) -> AuditContext {
    AuditContext(snapshot: RepoSnapshot(texts: files), stack: stack, configuration: AuditConfiguration(exclude: exclude))
}

/// The evidence of a failed outcome; empty for any other outcome.
func failureEvidence(_ outcome: CheckOutcome) -> [Evidence] {
    if case .failed(let evidence) = outcome { return evidence }
    return []
}

/// True for `.notApplicable`.
func isNotApplicable(_ outcome: CheckOutcome) -> Bool {
    if case .notApplicable = outcome { return true }
    return false
}
