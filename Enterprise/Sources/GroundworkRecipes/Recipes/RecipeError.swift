#if Enterprise
import GroundworkBasics
import GroundworkFormats

/// Why a recipe could not be found, read or applied: names the recipe or file and says what was expected.
package struct RecipeError: UserFacingError, Sendable, Equatable {
    /// The kinds of problem, as stable dotted ids.
    package enum Code: String, Sendable {
        /// No recipe has the id asked for.
        case unknownRecipe = "recipe.unknown"
        /// The repository's stack is not one the recipe changes.
        case unsupportedStack = "recipe.unsupported-stack"
        /// recipe.yaml is malformed.
        case manifest = "recipe.manifest"
        /// The recipes folder is missing.
        case notInstalled = "recipe.not-installed"
        /// The repository has nothing the recipe can work on (no Deployment for pdb, hpa…).
        case nothingToChange = "recipe.nothing-to-change"
        /// The licence does not grant recipes.
        case notLicensed = "recipe.not-licensed"
        /// A recipe parameter is malformed.
        case parameter = "recipe.parameter"
    }

    package let code: Code
    package let message: String
    package let file: String?
    package let line: Int?

    package init(_ code: Code, _ message: String, file: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
    }

    /// A recipe.yaml problem.
    init(_ error: FormatError) {
        self.init(.manifest, error.message, file: error.file, line: error.line)
    }

    /// Bad input or configuration: exit 64.
    package var exitStatus: ExitStatus { .usage }

    package var details: ErrorDetails { ErrorDetails(code: code.rawValue, message: message, file: file, line: line) }

    package var description: String { details.description }
}
#endif
