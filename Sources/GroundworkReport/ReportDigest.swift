import GroundworkAuditModel

/// What every renderer derives from a report: failures grouped by area, the bricks that fix the most,
/// the language mix. Computed once so all formats tell the same story in the same order.
package struct ReportDigest: Sendable {
    /// The failing checks of one area, most severe first.
    package struct AreaFailures: Sendable {
        package var area: Area
        package var failures: [CheckResult]
        /// The area's score, nil when nothing in it was weighed.
        package var score: Int?
    }

    /// One brick and what applying it fixes.
    package struct BrickFix: Sendable, Hashable {
        package var brick: String
        /// The hours a person would spend fixing by hand what the brick fixes.
        package var hours: Double
        package var checks: [CheckResult]
    }

    /// One language's share of the code, by bytes.
    package struct LanguageShare: Sendable, Hashable {
        package var name: String
        package var bytes: Int
        package var fraction: Double
    }

    package let report: AuditReport
    /// Every failing check, most severe first, then by hours.
    package let failures: [CheckResult]
    /// Areas with failures, the area holding the most severe failure first.
    package let failuresByArea: [AreaFailures]
    /// Bricks that fix failures, most hours saved first.
    package let brickFixes: [BrickFix]
    /// Failing checks no brick fixes: work left for a person.
    package let manualFixes: [CheckResult]
    package let passed: [CheckResult]
    package let notApplicable: [CheckResult]

    package init(_ report: AuditReport) {
        self.report = report
        failures = report.failures
        passed = report.results.filter { $0.status == .pass }
        notApplicable = report.results.filter { $0.status == .notApplicable }
        manualFixes = failures.filter { $0.fixedBy.isEmpty }

        var byArea: [Area: [CheckResult]] = [:]
        for failure in failures { byArea[failure.area, default: []].append(failure) }
        failuresByArea =
            byArea
            .map { AreaFailures(area: $0.key, failures: $0.value, score: report.scores.areas[$0.key.rawValue]) }
            .sorted { lhs, rhs in
                let lhsWorst = lhs.failures.map(\.severity).max() ?? .info
                let rhsWorst = rhs.failures.map(\.severity).max() ?? .info
                return lhsWorst != rhsWorst ? lhsWorst > rhsWorst : lhs.area < rhs.area
            }

        var fixes: [String: BrickFix] = [:]
        for failure in failures {
            for brick in Self.unique(failure.fixedBy) {
                fixes[brick, default: BrickFix(brick: brick, hours: 0, checks: [])].hours += failure.effortHours
                fixes[brick]?.checks.append(failure)
            }
        }
        brickFixes = fixes.values.sorted { ($0.hours, $1.brick) > ($1.hours, $0.brick) }
    }

    /// Every area with its score, in the report's area order; areas with no score included as nil
    /// (an edition's area only when the report has results in it).
    package var areaScores: [(area: Area, score: Int?)] {
        Area.allCases.filter { area in area.isAlwaysReported || report.results.contains { $0.area == area } }
            .map { ($0, report.scores.areas[$0.rawValue]) }
    }

    /// Languages by share of bytes, largest first; `limit` keeps the first ones and sums the rest as "Other".
    package func languageShares(limit: Int = .max) -> [LanguageShare] {
        let languages = report.stack.languages.filter { $0.bytes > 0 }.sorted { ($0.bytes, $1.name) > ($1.bytes, $0.name) }
        let total = languages.reduce(0) { $0 &+ $1.bytes }
        guard total > 0 else { return [] }
        let share = { (name: String, bytes: Int) in LanguageShare(name: name, bytes: bytes, fraction: Double(bytes) / Double(total)) }
        guard languages.count > limit, limit > 0 else { return languages.map { share($0.name, $0.bytes) } }
        let kept = languages.prefix(limit - 1).map { share($0.name, $0.bytes) }
        let otherBytes = languages.dropFirst(limit - 1).reduce(0) { $0 &+ $1.bytes }
        return kept + [share("Other", otherBytes)]
    }

    /// The `groundwork apply …` command that applies every brick that fixes something.
    package var applyAllCommand: String? {
        // Checks often name alternatives (github-actions or gitlab-ci, dependabot or renovate) that
        // cannot be applied together: keep a brick only when it fixes a check no brick before it fixes.
        var covered = Set<String>()
        let chosen = brickFixes.filter { fix in
            let ids = Set(fix.checks.map(\.id))
            guard !ids.isSubset(of: covered) else { return false }
            covered.formUnion(ids)
            return true
        }
        return chosen.isEmpty ? nil : "groundwork apply " + chosen.map(\.brick).joined(separator: " ")
    }

    /// Counts of failures per severity, most severe first, severities without failures left out.
    package var severityCounts: [(severity: Severity, count: Int)] {
        Severity.allCases.reversed().compactMap { severity in
            let count = failures.count { $0.severity == severity }
            return count > 0 ? (severity, count) : nil
        }
    }

    private static func unique(_ bricks: [String]) -> [String] {
        var seen = Set<String>()
        return bricks.filter { seen.insert($0).inserted }
    }
}
