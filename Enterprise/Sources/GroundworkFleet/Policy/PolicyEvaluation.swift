#if Enterprise
/// What a policy says about one audited repository: its level, its gates, exemptions and campaigns.
package struct PolicyEvaluation: Sendable, Codable, Equatable {
    /// One level and why it is not reached.
    package struct LevelOutcome: Sendable, Codable, Equatable {
        package var name: String
        /// Whether this level is met on its own (its checks pass and its score is reached).
        package var met: Bool
        /// The failing checks and the score shortfall that keep it from being met.
        package var missing: [String]
    }

    /// One gate (or a campaign past its due date) and why it failed.
    package struct GateOutcome: Sendable, Codable, Equatable {
        /// `check docs.readme`, `severity high`, `min_score 70`, `campaign q3-ci (due 2026-06-30)`.
        package var gate: String
        package var passed: Bool
        package var reasons: [String]
    }

    /// An exemption that matched this repository.
    package struct ExemptionOutcome: Sendable, Codable, Equatable {
        package var check: String
        package var reason: String
        package var ticket: String?
        /// YYYY-MM-DD.
        package var expires: String
    }

    /// The highest level reached (every lower level met too), nil when none is.
    package var level: String?
    package var levels: [LevelOutcome]
    package var gates: [GateOutcome]
    /// Exemptions that kept a failing check from counting.
    package var exemptionsApplied: [ExemptionOutcome]
    /// Exemptions of this repository past their expiry: they no longer exempt.
    package var exemptionsExpired: [ExemptionOutcome]
    /// Campaign checks failing before their due date.
    package var campaignWarnings: [String]
    /// Failing checks that count (exempted ones left out), most severe first.
    package var failingChecks: [String]
    /// The overall score with exempted checks left out; nil when no check weighs anything.
    package var score: Int?
    /// Checks the repository switched off in its own `.groundwork.yaml`: listed in every format, and
    /// any gate resting on one is overridden (failed).
    package var disabledChecks: [String] = []

    /// Whether every gate (and every campaign past due) passed.
    package var gatesPassed: Bool { gates.allSatisfy(\.passed) }

    /// Every reason a gate failed, one line each.
    package var gateFailures: [String] {
        gates.filter { !$0.passed }.flatMap { gate in gate.reasons.map { "\(gate.gate): \($0)" } }
    }
}
#endif
