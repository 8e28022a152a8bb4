/// One thing that should be true of a repository, named for it (`LicenseFilePresentCheck`).
///
/// A check is a small value type in its own file. It reads the audit context — the snapshot at the
/// audited commit, the detected stack, the history facts — and returns an outcome with evidence.
/// Its examples (repositories where it passes and where it fails) are its documentation and, run
/// by one parameterised test for every registered check, its test suite.
package protocol Check: Sendable {
    /// `area.name`, lowercase, dotted: `docs.readme`.
    var id: String { get }
    /// What must be true, as a short sentence: "A README explains the project".
    var title: String { get }
    /// How much a failure matters.
    var severity: Severity { get }
    /// Why it matters, for the report and the SARIF rule help.
    var rationale: String { get }
    /// The bricks that fix a failure, by id.
    var fixedBy: [String] { get }
    /// Hours a person would spend fixing a failure by hand.
    var effortHours: Double { get }
    /// True when the check reads `context.history`; with `--no-history` it is not applicable.
    var needsHistory: Bool { get }
    /// Repositories on which the check passes, fails or does not apply.
    var examples: [CheckExample] { get }

    /// Decides the outcome for one repository.
    func evaluate(_ context: AuditContext) -> CheckOutcome
}

extension Check {
    package var needsHistory: Bool { false }

    /// The area, from the id's first part.
    package var area: Area {
        let prefix = id.split(separator: ".", maxSplits: 1).first.map(String.init) ?? id
        return Area(rawValue: prefix) ?? .code
    }
}
