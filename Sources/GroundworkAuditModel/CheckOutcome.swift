/// What a check decided about a repository.
package enum CheckOutcome: Sendable, Hashable {
    /// What must be true is true.
    case passed
    /// It is not; the evidence says where.
    case failed([Evidence])
    /// The check does not apply or cannot decide (no Dockerfile to inspect, history not walked…);
    /// it is left out of the score rather than counted as zero.
    case notApplicable(String)

    /// True for `.failed`.
    package var isFailure: Bool {
        if case .failed = self { return true }
        return false
    }
}
