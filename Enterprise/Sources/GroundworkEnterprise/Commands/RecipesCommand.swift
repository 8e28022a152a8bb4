#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkCLI
import GroundworkLicense
import GroundworkRecipes

/// `groundwork recipes`: scaling recipes (checks + bricks + verification), gated by the licence feature `recipes`.
package struct RecipesCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "recipes",
        abstract: "Scaling recipes: list, show, plan and apply them (disruption budgets, autoscaling, graceful shutdown…).",
        discussion: "See docs/recipes.md. Needs the licence feature `recipes`; without a licence, evaluation mode.",
        subcommands: [RecipesListCommand.self, RecipesShowCommand.self, RecipesPlanCommand.self, RecipesApplyCommand.self, RecipesUpdateCommand.self]
    )

    package init() {}
}

/// The licence gate every recipes command passes: evaluation mode tries recipes (its output is marked),
/// a licence without the `recipes` feature refuses them.
enum RecipesGate {
    /// The entitlement, after printing its warnings; throws when recipes are not granted.
    static func check(now: Date) throws -> Entitlement {
        let entitlement = LicenseStore(environment: ProcessInfo.processInfo.environment).status(now: now).entitlement
        printWarnings(entitlement.warnings)
        guard entitlement.allows(.recipes) else {
            throw RecipeError(.notLicensed, "the installed licence does not include the `recipes` feature; ask for a licence that does, or remove it to evaluate")
        }
        if let marker = entitlement.reportMarker { printToStandardError(marker) }
        return entitlement
    }
}
#endif
