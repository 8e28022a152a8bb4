#if Enterprise
/// What Enterprise commands may do right now: the edition, the repository limit and the features.
///
/// Fleet, policy, recipes and reports consult this value (from `LicenseStore.status(now:).entitlement`)
/// rather than the license itself, so that "no license", "invalid license" and "expired past grace" all
/// mean the same thing to them: evaluation mode.
public struct Entitlement: Sendable, Equatable {
    /// Licensed, or evaluating without a usable license.
    public enum Edition: String, Sendable {
        case enterprise
        case evaluation
    }

    /// How many repositories Enterprise commands cover in evaluation mode.
    public static let evaluationRepositoryLimit = 5
    /// The word that marks every report made in evaluation mode.
    public static let evaluationMarker = "EVALUATION"

    /// Licensed or evaluation.
    public let edition: Edition
    /// Who the license is for; nil in evaluation mode.
    public let licensee: String?
    /// The license's plan; nil in evaluation mode.
    public let plan: String?
    /// How many repositories Enterprise commands may cover; nil means unlimited.
    public let maxRepositories: Int?
    /// The features that may be used.
    public let features: Set<LicenseFeature>
    /// What the person running groundwork should be told (grace period, near expiry, why evaluation).
    public let warnings: [String]

    public init(
        edition: Edition,
        licensee: String?,
        plan: String?,
        maxRepositories: Int?,
        features: Set<LicenseFeature>,
        warnings: [String]
    ) {
        self.edition = edition
        self.licensee = licensee
        self.plan = plan
        self.maxRepositories = maxRepositories
        self.features = features
        self.warnings = warnings
    }

    /// Evaluation mode: every known feature, on at most `evaluationRepositoryLimit` repositories.
    public static func evaluation(warnings: [String]) -> Entitlement {
        Entitlement(
            edition: .evaluation, licensee: nil, plan: nil,
            maxRepositories: evaluationRepositoryLimit, features: Set(LicenseFeature.known), warnings: warnings
        )
    }

    /// Whether this is evaluation mode.
    public var isEvaluation: Bool { edition == .evaluation }

    /// Whether `feature` may be used: evaluation mode tries every feature, a license grants its own.
    public func allows(_ feature: LicenseFeature) -> Bool {
        features.contains(feature)
    }

    /// Whether an Enterprise command may cover `count` repositories.
    public func allows(repositoryCount count: Int) -> Bool {
        maxRepositories.map { count <= $0 } ?? true
    }

    /// The banner a report carries, or nil when licensed.
    public var reportMarker: String? {
        isEvaluation
            ? "\(Self.evaluationMarker): groundwork Enterprise without a license, limited to \(Self.evaluationRepositoryLimit) repositories"
            : nil
    }
}
#endif
