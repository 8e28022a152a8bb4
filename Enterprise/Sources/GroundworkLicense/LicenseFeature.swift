#if Enterprise
/// An Enterprise capability a license grants, by its lowercase id (`fleet`, `store-postgres`…).
///
/// A license may name features this build does not know (a newer groundwork added them); they are kept
/// and shown, and simply grant nothing here.
package struct LicenseFeature: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The id as written in the license.
    package let rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Fleet-wide audits: many repositories, in parallel, incrementally, sharded.
    package static let fleet = LicenseFeature(rawValue: "fleet")
    /// Policies: levels, gates and exemptions.
    package static let policy = LicenseFeature(rawValue: "policy")
    /// Scaling recipes: autoscaling, disruption budgets, limits, pooling, caching, workers.
    package static let recipes = LicenseFeature(rawValue: "recipes")
    /// Storing fleet results in PostgreSQL (SQLite needs no feature).
    package static let storePostgres = LicenseFeature(rawValue: "store-postgres")
    /// Fleet reports: dashboard, trends, CSV/JSON/SARIF.
    package static let reports = LicenseFeature(rawValue: "reports")
    /// Webhooks sent after fleet runs.
    package static let webhooks = LicenseFeature(rawValue: "webhooks")

    /// Every feature this build knows, in documentation order.
    package static let known: [LicenseFeature] = [.fleet, .policy, .recipes, .storePostgres, .reports, .webhooks]

    /// Whether `rawValue` is a well-formed feature id: lowercase letters, digits and inner hyphens.
    package var isWellFormed: Bool {
        !rawValue.isEmpty && !rawValue.hasPrefix("-") && !rawValue.hasSuffix("-")
            && rawValue.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    package var description: String { rawValue }

    package static func < (lhs: LicenseFeature, rhs: LicenseFeature) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
#endif
