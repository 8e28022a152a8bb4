/// The parts of a repository the audit scores separately; the first part of every check id.
public enum Area: String, Sendable, Codable, CaseIterable, Comparable {
    case docs, ci, actions, delivery, security, code, git

    /// A heading for people.
    public var title: String {
        switch self {
        case .docs: "Documentation"
        case .ci: "Continuous integration"
        case .actions: "GitHub Actions security"
        case .delivery: "Delivery (containers, Kubernetes)"
        case .security: "Security"
        case .code: "Code health"
        case .git: "Git health"
        }
    }

    public static func < (lhs: Area, rhs: Area) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
