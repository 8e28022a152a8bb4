import GroundworkAuditModel
import GroundworkFormats
import Yams

/// What a `kustomization.yaml` says about the files and images around it.
package struct Kustomization: Sendable, Hashable {
    /// Repository paths of patch files: partial objects, not workloads of their own.
    package var patchPaths: Set<String> = []
    /// Image names whose tag or digest the kustomization sets (`images: [{name: web, newTag: 1.2}]`).
    package var pinnedImages: Set<String> = []

    /// A kustomization that patches and pins nothing.
    package init() {}

    /// True for the file names kustomize reads.
    package static func isKustomization(name: String) -> Bool {
        ["kustomization.yaml", "kustomization.yml", "Kustomization"].contains(name)
    }

    /// Reads the kustomization at `path`; malformed YAML gives an empty one (kustomize itself would reject it).
    package static func read(_ text: String, path: String) -> Kustomization {
        var kustomization = Kustomization()
        guard YAMLNestingGuard.excessiveNestingLine(in: text) == nil, let root = (try? Yams.compose(yaml: text)) ?? nil else { return kustomization }
        let directory = path.split(separator: "/").dropLast().joined(separator: "/")
        var patches = root["patchesStrategicMerge"]?.array().compactMap(\.string) ?? []
        for key in ["patches", "patchesJson6902"] {
            patches += (root[key]?.array() ?? []).compactMap { $0.string ?? $0["path"]?.string }
        }
        kustomization.patchPaths = Set(patches.compactMap { resolve($0, in: directory) })
        for image in root["images"]?.array() ?? [] where image["newTag"] != nil || image["digest"] != nil {
            if let name = image["name"]?.string { kustomization.pinnedImages.insert(name) }
        }
        return kustomization
    }

    /// `relative` from `directory` as a repository path; nil when it leaves the repository.
    static func resolve(_ relative: String, in directory: String) -> String? {
        var components = directory.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard components.popLast() != nil else { return nil }
            default: components.append(String(part))
            }
        }
        return components.joined(separator: "/")
    }
}
