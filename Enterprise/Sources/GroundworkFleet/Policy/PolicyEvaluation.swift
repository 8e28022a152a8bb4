#if Enterprise
/// What a policy says about one audited repository: its level, its gates, exemptions and campaigns.
public struct PolicyEvaluation: Sendable, Codable, Equatable {
    /// One level and why it is not reached.
    public struct LevelOutcome: Sendable, Codable, Equatable {
        public var name: String
        /// Whether this level is met on its own (its checks pass and its score is reached).
        public var met: Bool
        /// The failing checks and the score shortfall that keep it from being met.
        public var missing: [String]
    }

    /// One gate (or a campaign past its due date) and why it failed.
    public struct GateOutcome: Sendable, Codable, Equatable {
        /// `check docs.readme`, `severity high`, `min_score 70`, `campaign q3-ci (due 2026-06-30)`.
        public var gate: String
        public var passed: Bool
        public var reasons: [String]
    }

    /// An exemption that matched this repository.
    public struct ExemptionOutcome: Sendable, Codable, Equatable {
        public var check: String
        public var reason: String
        public var ticket: String?
        /// YYYY-MM-DD.
        public var expires: String
    }

    /// The highest level reached (every lower level met too), nil when none is.
    public var level: String?
    public var levels: [LevelOutcome]
    public var gates: [GateOutcome]
    /// Exemptions that kept a failing check from counting.
    public var exemptionsApplied: [ExemptionOutcome]
    /// Exemptions of this repository past their expiry: they no longer exempt.
    public var exemptionsExpired: [ExemptionOutcome]
    /// Campaign checks failing before their due date.
    public var campaignWarnings: [String]
    /// Failing checks that count (exempted ones left out), most severe first.
    public var failingChecks: [String]
    /// The overall score with exempted checks left out; nil when no check weighs anything.
    public var score: Int?
    /// Checks the repository switched off in its own `.groundwork.yaml`: listed in every format, and
    /// any gate resting on one is overridden (failed).
    public var disabledChecks: [String] = []

    /// Whether every gate (and every campaign past due) passed.
    public var gatesPassed: Bool { gates.allSatisfy(\.passed) }

    /// Every reason a gate failed, one line each.
    public var gateFailures: [String] {
        gates.filter { !$0.passed }.flatMap { gate in gate.reasons.map { "\(gate.gate): \($0)" } }
    }
}
#endif
