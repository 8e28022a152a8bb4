import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks

/// `groundwork apply ID…`: render the bricks for the repository and write them as one commit on a new
/// branch (or into the work tree), recording them in .groundwork/lock.yaml.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply bricks: one commit on a new branch groundwork/<ids> (or into the work tree with --worktree).",
        discussion: """
            HEAD, the index and the work tree are left untouched unless --worktree is given; then files with \
            uncommitted changes are never overwritten. Exit codes: 0 applied or nothing to do, 1 refused \
            (uncommitted changes) or a task failed, 64 bad brick, parameter or path.
            """
    )

    @Argument(help: "The bricks to apply, by id (their requirements are added); `api` is the stack's application brick.")
    var ids: [String]

    @Option(help: ArgumentHelp("The service's data model (a .yaml model file, .dbml or .sql), kept in the repository and rendered by the bricks.", valueName: "FILE"))
    var model: String?

    @Option(name: [.customShort("C"), .customLong("repo")], help: "The repository (default: the current folder).")
    var repository = "."

    @Flag(help: "Print the file operations and a unified diff per file; write nothing.")
    var dryRun = false

    @Flag(help: "Write into the work tree instead of committing on a new branch.")
    var worktree = false

    @Option(help: "The branch to create (default: groundwork/<ids joined by ->).")
    var branch: String?

    @Option(help: "The commit message.")
    var message: String?

    @Option(help: ArgumentHelp("Set a parameter: BRICK.NAME=VALUE (a list as comma-separated values). Repeatable.", valueName: "BRICK.NAME=VALUE"))
    var param: [String] = []

    @Flag(help: "Run the bricks' tasks after writing (only with --worktree).")
    var runTasks = false

    @Flag(help: "Also print the diffs when applying (they are always printed with --dry-run).")
    var diff = false

    @OptionGroup var source: BrickSourceOptions

    func validate() throws {
        if runTasks, !worktree { throw ValidationError("--run-tasks runs commands in the work tree, so it needs --worktree") }
        if worktree, branch != nil { throw ValidationError("--branch and --worktree exclude each other") }
        if let branch, let problem = BrickApplier.branchNameProblem(branch) { throw ValidationError(problem) }
    }

    func run() async throws {
        let library = try await source.library()
        let now = try GroundworkClock.now()
        let workspace = try BrickWorkspace.open(repository, workTree: worktree, model: try model.map(ModelInput.load), now: now)
        await ActionPinLookup.prefetch(workspace: workspace, library: library)
        let plan = try ApplyPlanner.plan(ids, parameters: param, library: library, workspace: workspace)
        let target = worktree ? "the work tree" : "a new branch \(branch ?? "groundwork/" + ids.joined(separator: "-"))"
        Terminal.standardOutput.write("\(dryRun ? "Dry run: would apply" : "Applying") to \(target) of \(repository):\n" + PlanText.render(plan, diffs: dryRun || diff))
        if dryRun { return }
        let outcome = try BrickApplier.apply(plan, requested: ids, workspace: workspace, branch: branch, message: message)
        Terminal.standardOutput.write("\n" + PlanText.render(outcome, baseBranch: workspace.repository.headBranchName()))
        if runTasks, case .workTree = outcome, let root = workspace.repository.workingDirectory {
            try BrickApplier.runTasks(plan.tasks, in: root) { task in
                Terminal.standardOutput.write("running \(task.brickID): \(task.name): \(task.command)\n")
            }
        }
    }
}
