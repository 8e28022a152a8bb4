import ArgumentParser
import Foundation
import GroundworkAudit
import GroundworkBasics
import GroundworkBricks

/// `groundwork plan [PATH]`: audit the repository and list the bricks that fix what failed, by hours saved.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Audit a repository and recommend the bricks that fix its failing checks, ordered by hours saved."
    )

    @Argument(help: "The repository (default: the current folder).")
    var path = "."

    @OptionGroup var source: BrickSourceOptions

    func run() async throws {
        let library = try await source.library()
        let workspace = try BrickWorkspace.open(path, now: try GroundworkClock.now())
        await ActionPinLookup.prefetch(workspace: workspace, library: library)
        let now = try GroundworkClock.now()
        let repositoryPath = path
        // A brick is credited only with the checks its planned apply makes pass: the checks are run again
        // on the tree as the apply would leave it.
        let (recommended, alternatives, declined) = BrickRecommender.recommend(workspace: workspace, library: library) { plan, claimed in
            var options = AuditOptions()
            options.includeHistory = false
            options.useCache = false
            options.now = now
            let changes = Dictionary(plan.files.filter(\.operation.writes).map { ($0.path, $0.after) }, uniquingKeysWith: { _, last in last })
            return try Auditor.passing(claimed, source: repositoryPath, changes: changes, options: options)
        }
        let facts = workspace.facts
        let stack = [facts.ecosystem, facts.frameworks.first ?? "", facts.packageManager].filter { !$0.isEmpty }.joined(separator: " · ")
        let commit = workspace.baseCommit.map { " at \($0.short)" } ?? ""
        var lines = ["Plan for \(path) (\(stack.isEmpty ? "no stack detected" : stack))\(commit)", ""]
        if recommended.isEmpty {
            let failing = workspace.report.results.filter { $0.status == .fail }.count
            lines.append(failing == 0 ? "Every check passes: nothing to recommend." : "No available brick fixes the \(failing) failing check\(failing == 1 ? "" : "s") for this stack.")
            lines += Self.uncredited(recommended + alternatives + declined)
            Terminal.standardOutput.write(lines.joined(separator: "\n") + "\n")
            return
        }
        lines.append("Recommended bricks, by hours saved:")
        let width = (recommended.map(\.brick.id.count).max() ?? 0) + 2
        for item in recommended {
            let id = item.brick.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let hours = BricksShowCommand.hours(item.hours).padding(toLength: 8, withPad: " ", startingAt: 0)
            lines.append("  \(id)\(item.brick.version.description.padding(toLength: 8, withPad: " ", startingAt: 0))\(hours)fixes \(item.fixes.map(\.id).joined(separator: ", "))")
        }
        for item in alternatives {
            lines.append("  (\(item.brick.id) is an alternative to \(item.alternativeTo.joined(separator: ", ")))")
        }
        lines += Self.uncredited(recommended + alternatives + declined)
        let total = recommended.reduce(0) { $0 + $1.hours }
        let ids = recommended.map(\.brick.id).joined(separator: " ")
        lines += [
            "",
            "Total: \(BricksShowCommand.hours(total)) saved.",
            "Preview:  groundwork apply \(ids) --dry-run",
            "Apply:    groundwork apply \(ids)",
        ]
        Terminal.standardOutput.write(lines.joined(separator: "\n") + "\n")
    }

    /// The checks bricks list in `fixes` that their apply would not fix here, and why: the plan promises
    /// only what apply does.
    static func uncredited(_ items: [Recommendation]) -> [String] {
        let lines = items.flatMap { item in
            item.notCredited.map { "  \(item.brick.id) does not fix \($0.check.id) here: \($0.reason)" }
        }
        return lines.isEmpty ? [] : ["", "Not counted (applying would not make these pass):"] + lines
    }
}
