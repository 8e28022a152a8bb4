import GroundworkAuditModel
import GroundworkFormats
import Yams

/// The images a `skaffold.yaml` builds: skaffold replaces them in the manifests with a tag of its own.
package enum SkaffoldConfig {
    /// True for the file names skaffold reads by default.
    package static func isSkaffoldConfig(name: String) -> Bool {
        name == "skaffold.yaml" || name == "skaffold.yml"
    }

    /// The `image` of every build artifact, in the top-level build and in profiles, of every document.
    package static func builtImages(_ text: String) -> Set<String> {
        guard YAMLNestingGuard.excessiveNestingLine(in: text) == nil, let documents = try? Yams.compose_all(yaml: text) else { return [] }
        var images: Set<String> = []
        for document in documents {
            let builds = [document["build"]] + (document["profiles"]?.array() ?? []).map { $0["build"] }
            for build in builds.compactMap({ $0 }) {
                for artifact in build["artifacts"]?.array() ?? [] {
                    if let image = artifact["image"]?.string { images.insert(image) }
                }
            }
        }
        return images
    }
}
