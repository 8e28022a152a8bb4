/// Turns check results into scores from 0 to 100, per area and overall.
///
/// Each applicable check weighs by its severity (critical 10, high 6, medium 3, low 1, info 0);
/// a score is the weight of passing checks over the weight of applicable ones. Checks that do not
/// apply are left out rather than counted as zero; an area with no weighed check has no score.
package enum Scoring {
    /// The weight of a severity in scores.
    package static func weight(_ severity: Severity) -> Int {
        switch severity {
        case .critical: 10
        case .high: 6
        case .medium: 3
        case .low: 1
        case .info: 0
        }
    }

    /// The score of a set of results, nil when none of them weighs anything.
    package static func score(_ results: [CheckResult]) -> Int? {
        var total = 0, passed = 0
        for result in results where result.status != .notApplicable {
            let weight = weight(result.severity)
            total += weight
            if result.status == .pass { passed += weight }
        }
        guard total > 0 else { return nil }
        return Int((Double(passed) * 100 / Double(total)).rounded())
    }

    /// Scores per area (areas without a score left out) and overall.
    package static func scores(_ results: [CheckResult]) -> Scores {
        var areas: [String: Int] = [:]
        for area in Area.allCases {
            if let score = score(results.filter { $0.area == area }) { areas[area.rawValue] = score }
        }
        return Scores(overall: score(results), areas: areas)
    }
}

/// Scores from 0 to 100.
package struct Scores: Sendable, Codable, Hashable {
    /// Over every applicable check; nil when nothing applied.
    package var overall: Int?
    /// Per area id (`docs`, `ci`…).
    package var areas: [String: Int]

    package init(overall: Int?, areas: [String: Int]) {
        self.overall = overall
        self.areas = areas
    }
}
