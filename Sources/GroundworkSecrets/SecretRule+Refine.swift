extension SecretRule {
    /// A `refine` that marks a candidate public when `isPublic` says so: it is not reported, and the range it
    /// claims keeps later rules (the generic one) from reporting the same value.
    static func markingPublic(
        when isPublic: @escaping @Sendable (SecretCandidate) -> Bool
    ) -> @Sendable (SecretCandidate) -> SecretCandidate? {
        { candidate in
            var candidate = candidate
            candidate.isPublic = isPublic(candidate)
            return candidate
        }
    }
}
