import ArgumentParser
import Foundation
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
        let (recommended, alternatives) = BrickRecommender.recommend(report: workspace.report, facts: workspace.facts, library: library, lock: workspace.lock)
        let facts = workspace.facts
        let stack = [facts.ecosystem, facts.frameworks.first ?? "", facts.packageManager].filter { !$0.isEmpty }.joined(separator: " · ")
        let commit = workspace.baseCommit.map { " at \($0.short)" } ?? ""
        var lines = ["Plan for \(path) (\(stack.isEmpty ? "no stack detected" : stack))\(commit)", ""]
        if recommended.isEmpty {
            let failing = workspace.report.results.filter { $0.status == .fail }.count
            lines.append(failing == 0 ? "Every check passes: nothing to recommend." : "No available brick fixes the \(failing) failing check\(failing == 1 ? "" : "s") for this stack.")
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
}
