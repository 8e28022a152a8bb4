#if Enterprise
/// Where one repository of a campaign stands (docs/fleet-apply.md, "States").
///
/// The happy path is planned → verified → pushed → pr_open → checks_pending/green/red → approved →
/// merged; the other states end a repository's run with a reason a person can act on.
package enum FleetApplyState: String, Sendable, Codable, CaseIterable {
    /// The change is committed on the local campaign branch, not yet verified.
    case planned
    /// The bricks' checks and the audit delta passed (and the tests, with `--run-tests`).
    case verified
    /// The campaign branch is on the remote.
    case pushed
    /// A pull or merge request is open.
    case prOpen = "pr_open"
    case checksPending = "checks_pending"
    case checksGreen = "checks_green"
    case checksRed = "checks_red"
    case approved
    case merged
    /// The request was closed without merging; it is not reopened.
    case closed
    /// The change conflicts with what the branch holds (three-way update) or the remote moved.
    case conflicted
    /// The campaign branch holds commits not made by groundwork: a person decides.
    case needsHuman = "needs_human"
    /// Nothing to do, or the strategy said to leave the repository alone; the reason says which.
    case skipped
    /// Verification failed: nothing was pushed, the log is kept.
    case verificationFailed = "verification_failed"
    /// The repository could not be fetched, audited or pushed; the reason says why.
    case failed

    /// True once a person or the forge has settled the request: a re-run leaves the repository alone.
    package var isSettled: Bool { self == .merged || self == .closed }

    /// True when the change has reached the remote (a re-run only follows it up).
    package var isOnRemote: Bool {
        switch self {
        case .pushed, .prOpen, .checksPending, .checksGreen, .checksRed, .approved, .merged, .closed: true
        default: false
        }
    }

    /// True when the repository still counts as work left in the burndown.
    package var isOpenWork: Bool {
        switch self {
        case .merged, .closed, .skipped: false
        default: true
        }
    }
}
#endif
