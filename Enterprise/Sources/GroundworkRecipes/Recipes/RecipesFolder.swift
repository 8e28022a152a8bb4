#if Enterprise
import Foundation
import GroundworkBricks

/// Finds the recipes: `GROUNDWORK_RECIPES`, else `share/groundwork/recipes` beside the binary's folder,
/// else `Enterprise/Recipes` of the source tree above the binary.
package enum RecipesFolder {
    package static func locate(environment: [String: String] = ProcessInfo.processInfo.environment, executable: URL? = Bundle.main.executableURL) -> String? {
        if let override = environment["GROUNDWORK_RECIPES"], !override.isEmpty { return override }
        guard let executable = executable?.resolvingSymlinksInPath() else { return nil }
        let directory = executable.deletingLastPathComponent()
        let installed = directory.deletingLastPathComponent().appendingPathComponent("share/groundwork/recipes")
        if BuiltinPlugins.isDirectory(installed.path) { return installed.path }
        return BuiltinPlugins.sourceTreeFolder("Enterprise/Recipes", above: directory)
    }
}
#endif
