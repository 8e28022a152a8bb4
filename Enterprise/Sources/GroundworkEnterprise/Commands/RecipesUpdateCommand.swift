#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks
import GroundworkCLI
import GroundworkRecipes

/// `groundwork recipes update [ID…]`: bring newer recipe versions in with the brick engine's three-way merge.
package struct RecipesUpdateCommand: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Bring newer versions of applied recipes (and bricks) in, merging three ways so that your edits survive.",
        discussion: "Exit codes: 0 updated or up to date, 1 conflicts to resolve, 64 bad input."
    )

    @Argument(help: "The recipes or bricks to update (default: every applied one).")
    var ids: [String] = []

    @Option(name: [.customShort("C"), .customLong("repo")], help: "The repository (default: the current folder).")
    var repository = "."

    @Flag(help: "Print what would happen to each file and the diffs; write nothing.")
    var dryRun = false

    @Flag(help: "Write into the work tree instead of committing on a new branch.")
    var worktree = false

    @Option(help: "The branch to create (default: groundwork/update-<ids>).")
    var branch: String?

    package init() {}

    package func run() async throws {
        let now = try GroundworkClock.now()
        _ = try RecipesGate.check(now: now)
        let catalog = try RecipeCatalog.installed()
        let workspace = try BrickWorkspace.openForRecipes(repository, workTree: worktree, now: now)
        let library = try RecipeRun.updateLibrary(catalog: catalog, workspace: workspace, builtin: try await BrickLibrary.load(sources: []))
        let plan = try UpdatePlanner.plan(ids, library: library, workspace: workspace)
        guard !plan.bricks.isEmpty else {
            Terminal.standardOutput.write("Every applied recipe is up to date.\n")
            return
        }
        Terminal.standardOutput.write("\(dryRun ? "Dry run: would update" : "Updating"):\n" + PlanText.render(plan, diffs: dryRun))
        if !dryRun {
            let outcome = try BrickApplier.update(plan, workspace: workspace, branch: branch, now: now)
            Terminal.standardOutput.write("\n" + PlanText.render(outcome, baseBranch: workspace.repository.headBranchName()))
        }
        if plan.conflictCount > 0 { throw ExitCode(ExitStatus.gateFailed.rawValue) }
    }
}
#endif
