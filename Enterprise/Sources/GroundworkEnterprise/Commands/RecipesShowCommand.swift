#if Enterprise
import ArgumentParser
import GroundworkBasics
import GroundworkCLI
import GroundworkRecipes

/// `groundwork recipes show ID`: what a recipe fixes, writes and edits, its parameters and its verification.
package struct RecipesShowCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a recipe: checks fixed, files per stack, parameters, verification.")

    @Argument(help: "The recipe id.")
    var id: String

    package init() {}

    package func run() throws {
        _ = try RecipesGate.check(now: try GroundworkClock.now())
        let recipe = try RecipeCatalog.installed().recipe(id)
        Terminal.standardOutput.write(RecipeText.show(recipe))
    }
}
#endif
