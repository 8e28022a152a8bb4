import GroundworkAuditModel

/// Every check groundwork runs, in report order. A test fails when a check type exists but is not
/// listed here, and another when docs/checks.md does not match this list.
package enum CheckRegistry {
    /// All checks, grouped by area.
    package static let all: [any Check] = ContentChecks.all + DeliveryChecks.all + securityChecks + gitChecks

    /// Secrets and credentials, in the tree and in history.
    static let securityChecks: [any Check] = [
        SecretsInTreeCheck(),
        SecretsInHistoryCheck(),
        EnvFileCommittedCheck(),
        PrivateKeyFilesCheck(),
        CredentialFilesCheck(),
        LockfileCommittedCheck(),
    ]

    /// What the history walk tells about the people and the repository.
    static let gitChecks: [any Check] = [
        BusFactorCheck(),
        RecentActivityCheck(),
        LargeBlobsCheck(),
        CommittedArtifactsCheck(),
        StaleBranchesCheck(),
        UntrackedFilesCheck(),
    ]

    /// The check with this id.
    package static func check(id: String) -> (any Check)? { all.first { $0.id == id } }
}
