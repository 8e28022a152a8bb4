#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkBricks
import GroundworkCLI
import GroundworkRecipes

/// `groundwork recipes plan [ID…]`: the repository's scale checks and the recipes that fix them; with ids,
/// the file operations and diffs those recipes would make (nothing is written).
package struct RecipesPlanCommand: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Run the scale checks and list the recipes that fix them; with recipe ids, show their changes (a dry run).",
        discussion: "Exit codes: 0 ok, 64 unknown recipe, unsupported stack or no Kubernetes workload."
    )

    @Argument(help: "Recipes whose changes to show.")
    var ids: [String] = []

    @Option(name: [.customShort("C"), .customLong("repo")], help: "The repository (default: the current folder).")
    var repository = "."

    @Option(help: ArgumentHelp("Set a parameter: RECIPE.NAME=VALUE. Repeatable.", valueName: "RECIPE.NAME=VALUE"))
    var param: [String] = []

    package init() {}

    package func run() async throws {
        let now = try GroundworkClock.now()
        _ = try RecipesGate.check(now: now)
        let catalog = try RecipeCatalog.installed()
        let report = try RecipeRun.scaleReport(repository, now: now)
        Terminal.standardOutput.write(RecipeText.findings(report, catalog: catalog))
        guard !ids.isEmpty else { return }
        let workspace = try BrickWorkspace.openForRecipes(repository, workTree: false, now: now)
        let library = try RecipeRun.library(ids, catalog: catalog, parameters: param, workspace: workspace, builtin: try await BrickLibrary.load(sources: []))
        let plan = try ApplyPlanner.plan(ids, parameters: param, library: library, workspace: workspace)
        Terminal.standardOutput.write("\nDry run: would apply \(ids.joined(separator: ", ")) to \(repository):\n" + PlanText.render(plan, diffs: true))
    }
}
#endif
