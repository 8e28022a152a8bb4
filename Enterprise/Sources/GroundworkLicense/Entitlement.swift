#if Enterprise
/// What Enterprise commands may do right now: the edition, the repository limit and the features.
///
/// Fleet, policy, recipes and reports consult this value (from `LicenseStore.status(now:).entitlement`)
/// rather than the license itself, so that "no license", "invalid license" and "expired past grace" all
/// mean the same thing to them: evaluation mode.
package struct Entitlement: Sendable, Equatable {
    /// Licensed, or evaluating without a usable license.
    package enum Edition: String, Sendable {
        case enterprise
        case evaluation
    }

    /// How many repositories Enterprise commands cover in evaluation mode.
    package static let evaluationRepositoryLimit = 5
    /// The word that marks every report made in evaluation mode.
    package static let evaluationMarker = "EVALUATION"

    /// Licensed or evaluation.
    package let edition: Edition
    /// Who the license is for; nil in evaluation mode.
    package let licensee: String?
    /// The license's plan; nil in evaluation mode.
    package let plan: String?
    /// How many repositories Enterprise commands may cover; nil means unlimited.
    package let maxRepositories: Int?
    /// The features that may be used.
    package let features: Set<LicenseFeature>
    /// What the person running groundwork should be told (grace period, near expiry, why evaluation).
    package let warnings: [String]

    package init(
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
    package static func evaluation(warnings: [String]) -> Entitlement {
        Entitlement(
            edition: .evaluation, licensee: nil, plan: nil,
            maxRepositories: evaluationRepositoryLimit, features: Set(LicenseFeature.known), warnings: warnings
        )
    }

    /// Whether this is evaluation mode.
    package var isEvaluation: Bool { edition == .evaluation }

    /// Whether `feature` may be used: evaluation mode tries every feature, a license grants its own.
    package func allows(_ feature: LicenseFeature) -> Bool {
        features.contains(feature)
    }

    /// Whether an Enterprise command may cover `count` repositories.
    package func allows(repositoryCount count: Int) -> Bool {
        maxRepositories.map { count <= $0 } ?? true
    }

    /// The banner a report carries, or nil when licensed.
    package var reportMarker: String? {
        isEvaluation
            ? "\(Self.evaluationMarker): groundwork Enterprise without a license, limited to \(Self.evaluationRepositoryLimit) repositories"
            : nil
    }
}
#endif
