/// The parts of a repository the audit scores separately; the first part of every check id.
package enum Area: String, Sendable, Codable, CaseIterable, Comparable {
    case docs, ci, actions, delivery, security, code, git
    /// Checks an edition adds (the Enterprise scaling checks); reports list it only when it has results.
    case scale

    /// A heading for people.
    package var title: String {
        switch self {
        case .docs: "Documentation"
        case .ci: "Continuous integration"
        case .actions: "GitHub Actions security"
        case .delivery: "Delivery (containers, Kubernetes)"
        case .security: "Security"
        case .code: "Code health"
        case .git: "Git health"
        case .scale: "Scaling"
        }
    }

    /// False for an area whose checks only an edition registers: a report without results in it leaves it out.
    package var isAlwaysReported: Bool { self != .scale }

    package static func < (lhs: Area, rhs: Area) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
