import GroundworkAuditModel

/// A brick the plan recommends: it applies to the stack and fixes failing checks.
package struct Recommendation: Sendable {
    package var brick: Brick
    /// The failing checks it fixes, most hours first.
    package var fixes: [CheckResult]
    /// The hours it saves: the effort of the checks it fixes, else its own `effort_hours`.
    package var hours: Double
    /// Recommended bricks it conflicts with, ranked above it (it is an alternative to them).
    package var alternativeTo: [String] = []
    /// Failing checks the brick lists in `fixes` that its apply would not make pass here, with why.
    package var notCredited: [UncreditedFix] = []
}

/// `groundwork plan`: which bricks fix what the audit found, ordered by hours saved.
package enum BrickRecommender {
    /// Bricks whose `when` holds and whose `fixes` include failing checks, by hours saved. A brick that
    /// conflicts with a better-ranked one, or fixes only what better-ranked ones fix (gitlab-ci after
    /// github-actions), is listed as an alternative.
    /// Bricks recorded in `lock` at the library's version are left out: applying them again changes nothing.
    package static func recommend(report: AuditReport, facts: BrickFacts, library: BrickLibrary, lock: LockFile = LockFile()) -> (recommended: [Recommendation], alternatives: [Recommendation]) {
        rank(candidates(report: report, facts: facts, library: library, lock: lock))
    }

    /// Every brick that applies and lists failing checks in `fixes`, before ranking.
    static func candidates(report: AuditReport, facts: BrickFacts, library: BrickLibrary, lock: LockFile) -> [Recommendation] {
        let failing = Dictionary(report.results.filter { $0.status == .fail }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let predicateFacts = facts.predicateFacts
        var candidates: [Recommendation] = []
        for brick in library.all {
            if let applied = lock.brick(brick.id), applied.version >= brick.version { continue }
            if let when = brick.manifest.when, !when.holds(predicateFacts) { continue }
            let fixed = brick.manifest.fixes.compactMap { failing[$0] }.sorted { ($0.effortHours, $1.id) > ($1.effortHours, $0.id) }
            guard !fixed.isEmpty else { continue }
            let sum = fixed.reduce(0) { $0 + $1.effortHours }
            candidates.append(Recommendation(brick: brick, fixes: fixed, hours: sum > 0 ? sum : brick.manifest.effortHours))
        }
        return candidates
    }

    /// Orders candidates by hours saved and sets apart the alternatives.
    static func rank(_ unordered: [Recommendation]) -> (recommended: [Recommendation], alternatives: [Recommendation]) {
        var candidates = unordered
        candidates.sort { ($0.hours, $1.brick.id) > ($1.hours, $0.brick.id) }
        var recommended: [Recommendation] = []
        var alternatives: [Recommendation] = []
        for var candidate in candidates {
            let clashes = recommended.filter { chosen in
                chosen.brick.manifest.conflicts.contains(candidate.brick.id) || candidate.brick.manifest.conflicts.contains(chosen.brick.id)
            }
            // A brick that fixes nothing the better-ranked ones do not already fix is an alternative too.
            let covered = Set(recommended.flatMap { $0.fixes.map(\.id) })
            let overlapping = recommended.filter { !Set($0.fixes.map(\.id)).isDisjoint(with: candidate.fixes.map(\.id)) }
            if clashes.isEmpty, !Set(candidate.fixes.map(\.id)).isSubset(of: covered) {
                recommended.append(candidate)
            } else if clashes.isEmpty {
                candidate.alternativeTo = overlapping.map(\.brick.id)
                alternatives.append(candidate)
            } else {
                candidate.alternativeTo = clashes.map(\.brick.id)
                alternatives.append(candidate)
            }
        }
        return (recommended, alternatives)
    }
}
