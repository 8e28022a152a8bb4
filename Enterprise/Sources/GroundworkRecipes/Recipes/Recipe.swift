#if Enterprise
import GroundworkBricks

/// A scaling recipe: a brick (templates and edits, applied and updated by the brick engine) with what
/// makes it a recipe — the scale checks it fixes, the stacks whose application it changes, and how it
/// is verified.
package struct Recipe: Sendable {
    /// How a recipe is verified (docs/recipes.md, "Verification").
    package enum Tier: String, Sendable, CaseIterable {
        /// The scale checks pass on the result (their examples are tested per check).
        case `static`
        /// The manifests it writes validate strictly against the Kubernetes API schemas.
        case schema
        /// A generated service behaves on loopback (SIGTERM under load, connection budget, sessions).
        case behaviour
    }

    /// One verification step: its tier, what it shows, and the test that runs it.
    package struct Verification: Sendable, Hashable {
        package var tier: Tier
        package var what: String
        /// The test (`Suite/test`) that runs it.
        package var test: String
    }

    /// The brick that does the work; its `fixes` are the checks the recipe fixes.
    package var brick: Brick
    /// The order recipes are listed and applied in (1 first).
    package var order: Int
    /// Stacks whose application code the recipe changes; empty when it changes manifests only.
    package var stacks: [String]
    /// True when the recipe is only application code, so a repository of another stack is refused;
    /// false when its manifest changes apply to every stack (the code changes only to `stacks`).
    package var stackRequired: Bool
    package var verification: [Verification]
    /// The recipe.yaml path, for messages.
    package var manifestPath: String

    package var id: String { brick.id }
    package var summary: String { brick.manifest.summary }
    /// The scale checks the recipe fixes.
    package var fixes: [String] { brick.manifest.fixes }

    /// True when the recipe changes the application code of one of `stacks` (a repository's stack names).
    package func changesApplication(of repositoryStacks: [String]) -> Bool {
        repositoryStacks.contains(where: stacks.contains)
    }
}
#endif
