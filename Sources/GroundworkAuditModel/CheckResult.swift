/// One check's verdict in a report, with the facts about the check that renderers need.
package struct CheckResult: Sendable, Codable, Hashable {
    /// The three verdicts.
    package enum Status: String, Sendable, Codable, Hashable {
        case pass, fail, notApplicable = "not_applicable"
    }

    package var id: String
    package var area: Area
    package var title: String
    package var severity: Severity
    package var rationale: String
    package var fixedBy: [String]
    package var effortHours: Double
    package var status: Status
    /// Why the check did not apply.
    package var reason: String?
    /// Where it failed.
    package var evidence: [Evidence]

    /// The reason recorded for a check the audited repository switched off in its own `.groundwork.yaml`.
    package static let disabledByRepository = "disabled in .groundwork.yaml"

    /// True when the audited repository itself switched this check off (a policy must not trust that).
    package var isDisabledByRepository: Bool { status == .notApplicable && reason == Self.disabledByRepository }

    package init(check: any Check, outcome: CheckOutcome) {
        id = check.id
        area = check.area
        title = check.title
        severity = check.severity
        rationale = check.rationale
        fixedBy = check.fixedBy
        effortHours = check.effortHours
        switch outcome {
        case .passed:
            status = .pass
            evidence = []
        case .failed(let found):
            status = .fail
            evidence = found
        case .notApplicable(let why):
            status = .notApplicable
            reason = why
            evidence = []
        }
    }
}
