#if Enterprise
import Foundation
import GroundworkBricks

/// Every recipe shipped with groundwork Enterprise: the folders of `Enterprise/Recipes/` (or the
/// installed `share/groundwork/recipes`), each a brick folder with a recipe.yaml beside its brick.yaml.
package struct RecipeCatalog: Sendable {
    /// The recipes, in their order.
    package var recipes: [Recipe]
    /// The folder they were read from.
    package var folder: String

    /// Reads every recipe of `folder`.
    package static func load(folder: String) throws -> RecipeCatalog {
        let bricks = try BrickLibrary.builtinBricks(at: folder)
        var recipes: [Recipe] = []
        for brick in bricks {
            let path = folder + "/" + brick.id + "/recipe.yaml"
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw RecipeError(.manifest, "missing or not UTF-8: every recipe folder has a recipe.yaml beside its brick.yaml", file: path)
            }
            let fields = try RecipeManifestParser.parse(text, file: path)
            guard fields.id == brick.id else { throw RecipeError(.manifest, "id: \"\(fields.id)\" differs from brick.yaml's \"\(brick.id)\"", file: path, line: 2) }
            recipes.append(Recipe(brick: brick, order: fields.order, stacks: fields.stacks, stackRequired: fields.stackRequired, verification: fields.verification, manifestPath: path))
        }
        return RecipeCatalog(recipes: recipes.sorted { ($0.order, $0.id) < ($1.order, $1.id) }, folder: folder)
    }

    /// Reads the installed recipes.
    package static func installed(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> RecipeCatalog {
        guard let folder = RecipesFolder.locate(environment: environment) else {
            throw RecipeError(.notInstalled, "no recipes folder: set GROUNDWORK_RECIPES, or install groundwork with share/groundwork/recipes beside its bin/")
        }
        return try load(folder: folder)
    }

    /// The recipe with this id, or an error listing the ids there are.
    package func recipe(_ id: String) throws(RecipeError) -> Recipe {
        if let recipe = recipes.first(where: { $0.id == id }) { return recipe }
        throw RecipeError(.unknownRecipe, "unknown recipe \"\(id)\"; available: \(recipes.map(\.id).joined(separator: ", "))")
    }
}
#endif
