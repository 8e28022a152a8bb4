import GroundworkAuditModel

/// The documentation, CI, GitHub Actions and code-health checks, in report order, for the registry.
package enum ContentChecks {
    /// Docs first (what a newcomer reads), then CI, then the Actions workflows CI runs, then the code.
    package static let all: [any Check] = [
        ReadmePresentCheck(),
        LicenseFilePresentCheck(),
        ContributingGuidePresentCheck(),
        SecurityPolicyPresentCheck(),
        CodeOfConductPresentCheck(),
        ChangelogPresentCheck(),
        CodeOwnersPresentCheck(),
        CIConfiguredCheck(),
        CIRunsTestsCheck(),
        CIRunsLintCheck(),
        DependencyUpdatesConfiguredCheck(),
        ActionsPinnedToCommitCheck(),
        WorkflowPermissionsSetCheck(),
        PullRequestTargetSafeCheck(),
        RunScriptsFreeOfInjectionCheck(),
        TestsPresentCheck(),
        LinterConfiguredCheck(),
        TypeScriptStrictCheck(),
        EditorConfigPresentCheck(),
    ]
}
