import Foundation
import GroundworkAuditModel

/// No unmerged branch has been left untouched for more than 90 days.
struct StaleBranchesCheck: Check {
    let id = "git.stale-branches"
    let title = "No stale unmerged branches"
    let severity = Severity.low
    let rationale = "Branches left unmerged for months hold forgotten work or abandoned experiments, and confuse everyone looking for the current state. Merge them or delete them."
    let fixedBy: [String] = []
    let effortHours = 0.5
    let needsHistory = true

    static let staleAfterDays = 90.0

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        guard let history = context.history else { return .notApplicable("history was not walked") }
        let stale = history.branches.filter {
            !$0.isDefault && !$0.isMerged && context.now.timeIntervalSince($0.lastCommitDate) > Self.staleAfterDays * 86_400
        }
        guard !stale.isEmpty else { return .passed }
        return .failed(
            stale.map {
                Evidence("branch \($0.name): unmerged, last commit \(Int(context.now.timeIntervalSince($0.lastCommitDate) / 86_400)) days ago")
            })
    }

    var examples: [CheckExample] {
        let base = [ExampleCommit(daysAgo: 200, files: ["a.txt": "a\n"]), ExampleCommit(daysAgo: 1, files: ["b.txt": "b\n"])]
        return [
            CheckExample("a fresh feature branch", .pass, commits: base, branches: ["feature/login": [ExampleCommit(daysAgo: 5, files: ["login.txt": "x\n"])]]),
            CheckExample("an abandoned branch", .fail, commits: base, branches: ["experiment": [ExampleCommit(daysAgo: 150, files: ["exp.txt": "x\n"])]]),
        ]
    }
}
