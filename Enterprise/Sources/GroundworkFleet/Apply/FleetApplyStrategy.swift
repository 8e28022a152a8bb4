#if Enterprise
/// What a campaign does with a campaign branch that already exists on the remote (docs/fleet-apply.md).
///
/// Whatever the strategy, a branch holding a commit groundwork did not write is never rewritten: the
/// repository goes to `needs_human`.
package enum FleetApplyStrategy: String, Sendable, CaseIterable {
    /// Leave the branch as it is (a re-run of the same campaign still follows up on its own branch).
    case skip
    /// Re-apply on top of the branch through the lock file and the three-way update; a conflict stops it.
    case mergeIfClean = "merge-if-clean"
    /// Rebuild the branch from the default branch and force-push it; only given explicitly.
    case replace
}
#endif
