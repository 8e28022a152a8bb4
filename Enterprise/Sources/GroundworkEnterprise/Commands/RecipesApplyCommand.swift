#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks
import GroundworkCLI
import GroundworkRecipes

/// `groundwork recipes apply ID…`: apply recipes as the brick engine applies bricks: one commit on a new
/// branch (or into the work tree), recorded in .groundwork/lock.yaml for `recipes update`.
package struct RecipesApplyCommand: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply recipes: one commit on a new branch groundwork/<ids> (or into the work tree with --worktree).",
        discussion: """
            HEAD, the index and the work tree are left untouched unless --worktree is given. Exit codes: 0 applied \
            or nothing to do, 1 refused (uncommitted changes), 64 unknown recipe, unsupported stack, bad parameter \
            or no Kubernetes workload.
            """
    )

    @Argument(help: "The recipes to apply, by id (`groundwork recipes list`).")
    var ids: [String]

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

    @Option(help: ArgumentHelp("Set a parameter: RECIPE.NAME=VALUE. Repeatable.", valueName: "RECIPE.NAME=VALUE"))
    var param: [String] = []

    package init() {}

    package func validate() throws {
        if worktree, branch != nil { throw ValidationError("--branch and --worktree exclude each other") }
        if let branch, let problem = BrickApplier.branchNameProblem(branch) { throw ValidationError(problem) }
    }

    package func run() async throws {
        let now = try GroundworkClock.now()
        _ = try RecipesGate.check(now: now)
        let catalog = try RecipeCatalog.installed()
        let workspace = try BrickWorkspace.openForRecipes(repository, workTree: worktree, now: now)
        let library = try RecipeRun.library(ids, catalog: catalog, parameters: param, workspace: workspace, builtin: try await BrickLibrary.load(sources: []))
        let plan = try ApplyPlanner.plan(ids, parameters: param, library: library, workspace: workspace)
        let target = worktree ? "the work tree" : "a new branch \(branch ?? "groundwork/" + ids.joined(separator: "-"))"
        Terminal.standardOutput.write("\(dryRun ? "Dry run: would apply" : "Applying") to \(target) of \(repository):\n" + PlanText.render(plan, diffs: dryRun))
        if dryRun { return }
        let outcome = try BrickApplier.apply(plan, requested: ids, workspace: workspace, branch: branch, message: message, now: now)
        Terminal.standardOutput.write("\n" + PlanText.render(outcome, baseBranch: workspace.repository.headBranchName()))
    }
}
#endif
