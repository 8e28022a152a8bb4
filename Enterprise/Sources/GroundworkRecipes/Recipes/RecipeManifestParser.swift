#if Enterprise
import GroundworkFormats

/// Reads recipe.yaml (format 1): the recipe's order, the stacks whose code it changes, and its verification.
enum RecipeManifestParser {
    static let topKeys = ["format", "id", "order", "stacks", "stack_required", "verification"]

    /// The parsed fields of one recipe.yaml.
    struct Fields {
        var id: String
        var order: Int
        var stacks: [String]
        var stackRequired: Bool
        var verification: [Recipe.Verification]
    }

    static func parse(_ text: String, file: String) throws(RecipeError) -> Fields {
        switch Result(catching: { () throws(FormatError) -> Fields in try fields(text, file: file) }) {
        case .success(let fields): return fields
        case .failure(let error): throw RecipeError(error)
        }
    }

    private static func fields(_ text: String, file: String) throws(FormatError) -> Fields {
        let document = try StrictYAMLReader(file: file).mapping(text, allowed: topKeys)
        guard try document.int("format") == 1 else { throw document.error("format", "expected `format: 1`") }
        let id = try document.requiredString("id")
        guard let order = try document.int("order"), order > 0 else { throw document.error("order", "expected a positive integer: the recipe's place in the catalogue") }
        let stacks = try document.strings("stacks") ?? []
        let stackRequired = try document.string("stack_required").map { $0 == "true" } ?? false
        var verification: [Recipe.Verification] = []
        for node in try document.sequence("verification") ?? [] {
            let entry = try node.mapping(allowed: ["tier", "what", "test"])
            let tierText = try entry.requiredString("tier")
            guard let tier = Recipe.Tier(rawValue: tierText) else {
                throw entry.error("tier", "expected one of \(Recipe.Tier.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(tierText)\"")
            }
            verification.append(Recipe.Verification(tier: tier, what: try entry.requiredString("what"), test: try entry.requiredString("test")))
        }
        guard !verification.isEmpty else { throw document.error("verification", "a recipe says how it is verified: at least one {tier, what, test}") }
        return Fields(id: id, order: order, stacks: stacks, stackRequired: stackRequired, verification: verification)
    }
}
#endif
