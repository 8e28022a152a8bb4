#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkCLI
import GroundworkRecipes

/// `groundwork recipes list`: every recipe, in order, with the checks it fixes.
package struct RecipesListCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(commandName: "list", abstract: "List the scaling recipes in the order to apply them.")

    package init() {}

    package func run() throws {
        _ = try RecipesGate.check(now: try GroundworkClock.now())
        let catalog = try RecipeCatalog.installed()
        let width = catalog.recipes.map(\.id.count).max() ?? 0
        let lines = catalog.recipes.map { recipe in
            let stacks = recipe.stacks.isEmpty ? "manifests" : "manifests + code of " + recipe.stacks.joined(separator: ", ")
            return
                "\(recipe.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(recipe.summary)\n\(String(repeating: " ", count: width))  fixes \(recipe.fixes.joined(separator: ", ")) · \(stacks)"
        }
        Terminal.standardOutput.write(lines.joined(separator: "\n") + "\n")
    }
}
#endif
