/// How bad a leak of a rule's secret is; the audit maps it onto its own severity by raw value.
package enum SecretSeverity: String, Sendable, Codable, CaseIterable, Comparable {
    case medium, high, critical

    package static func < (lhs: SecretSeverity, rhs: SecretSeverity) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
