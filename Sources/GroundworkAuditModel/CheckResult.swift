/// One check's verdict in a report, with the facts about the check that renderers need.
public struct CheckResult: Sendable, Codable, Hashable {
    /// The three verdicts.
    public enum Status: String, Sendable, Codable, Hashable {
        case pass, fail, notApplicable = "not_applicable"
    }

    public var id: String
    public var area: Area
    public var title: String
    public var severity: Severity
    public var rationale: String
    public var fixedBy: [String]
    public var effortHours: Double
    public var status: Status
    /// Why the check did not apply.
    public var reason: String?
    /// Where it failed.
    public var evidence: [Evidence]

    /// The reason recorded for a check the audited repository switched off in its own `.groundwork.yaml`.
    public static let disabledByRepository = "disabled in .groundwork.yaml"

    /// True when the audited repository itself switched this check off (a policy must not trust that).
    public var isDisabledByRepository: Bool { status == .notApplicable && reason == Self.disabledByRepository }

    public init(check: any Check, outcome: CheckOutcome) {
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
