import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks

/// `groundwork update [ID…]`: bring newer brick versions in with a three-way merge per file.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Bring newer versions of applied bricks in, merging three ways so that your edits survive.",
        discussion: """
            For each managed file: base = the pristine render (refs/groundwork/pristine), ours = the file \
            today, theirs = the new version's render. Conflicts are written with conflict markers and \
            listed. Exit codes: 0 updated or up to date, 1 conflicts to resolve or uncommitted changes \
            in the way, 64 bad input.
            """
    )

    @Argument(help: "The bricks to update (default: every applied brick).")
    var ids: [String] = []

    @Option(name: [.customShort("C"), .customLong("repo")], help: "The repository (default: the current folder).")
    var repository = "."

    @Flag(help: "Print what would happen to each file and the diffs; write nothing.")
    var dryRun = false

    @Flag(help: "Write files the user deleted again (by default they stay deleted).")
    var restore = false

    @Flag(help: "Write into the work tree instead of committing on a new branch.")
    var worktree = false

    @Option(help: "The branch to create (default: groundwork/update-<ids>).")
    var branch: String?

    @Option(help: "The commit message.")
    var message: String?

    @OptionGroup var source: BrickSourceOptions

    func validate() throws {
        if let branch, let problem = BrickApplier.branchNameProblem(branch) { throw ValidationError(problem) }
    }

    func run() async throws {
        let library = try await source.library()
        let workspace = try BrickWorkspace.open(repository, workTree: worktree, now: try GroundworkClock.now())
        await ActionPinLookup.prefetch(workspace: workspace, library: library)
        let plan = try UpdatePlanner.plan(ids, restore: restore, library: library, workspace: workspace)
        guard !plan.bricks.isEmpty else {
            let notes = plan.notes.map { "  - \($0)\n" }.joined()
            Terminal.standardOutput.write("Every applied brick is up to date.\n" + (notes.isEmpty ? "" : "Notes:\n" + notes))
            return
        }
        Terminal.standardOutput.write("\(dryRun ? "Dry run: would update" : "Updating"):\n" + PlanText.render(plan, diffs: dryRun))
        if !dryRun {
            let outcome = try BrickApplier.update(plan, workspace: workspace, branch: branch, message: message)
            Terminal.standardOutput.write("\n" + PlanText.render(outcome, baseBranch: workspace.repository.headBranchName()))
        }
        if plan.conflictCount > 0 {
            let files = plan.files.filter { $0.operation == .conflict }.map(\.path)
            Terminal.standardError.write("conflicts: \(files.joined(separator: ", ")) \(dryRun ? "would hold" : "hold") conflict markers to resolve\n")
            throw ExitCode(ExitStatus.gateFailed.rawValue)
        }
    }
}
