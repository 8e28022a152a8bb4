/// How much a failing check matters, from a note to a leak that must be fixed today.
package enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, low, medium, high, critical

    /// Rank for ordering: critical is the highest.
    package var rank: Int { Self.allCases.firstIndex(of: self)! }

    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
