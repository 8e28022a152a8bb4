#if Enterprise
/// Where a campaign pushes its branch on a hosted repository (`--fork`).
package enum FleetForkMode: String, Sendable, CaseIterable {
    /// To the repository when the token may push there, else to the token owner's fork (the default).
    case auto
    /// Always to the token owner's fork, as a contributor outside the team would.
    case always
    /// Never to a fork: a repository the token cannot push to fails with the forge's refusal.
    case never
}
#endif
