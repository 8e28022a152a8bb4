import Foundation
import GroundworkAuditModel

/// The project has commits in the last six months.
struct RecentActivityCheck: Check {
    let id = "git.activity"
    let title = "The project is active"
    let severity = Severity.low
    let rationale = "A repository without commits for months has unpatched dependencies and nobody who remembers how to release it. The report shows commits per month for the last year."
    let fixedBy: [String] = []
    let effortHours = 0.0
    let needsHistory = true

    /// Days without a commit after which the project counts as dormant.
    static let dormantAfterDays = 180.0

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        guard let history = context.history, let last = history.lastCommitDate else { return .notApplicable("no commits walked") }
        let days = Int(context.now.timeIntervalSince(last) / 86_400)
        guard Double(days) > Self.dormantAfterDays else { return .passed }
        let months = history.commitsPerMonth.map(String.init).joined(separator: " ")
        return .failed([Evidence("last commit \(days) days ago; commits per month over the last year: \(months)")])
    }

    var examples: [CheckExample] {
        [
            CheckExample("a commit last week", .pass, commits: [ExampleCommit(daysAgo: 7, files: ["a.txt": "a\n"])]),
            CheckExample("last commit over a year ago", .fail, commits: [ExampleCommit(daysAgo: 400, files: ["a.txt": "a\n"])]),
        ]
    }
}
