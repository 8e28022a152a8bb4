import Foundation
import GroundworkAuditModel

/// Every Kubernetes manifest of a repository, read once per blob and shared by the checks.
///
/// Helm templates (`{{ }}`) are not YAML until rendered and are skipped; Kustomize bases are plain
/// manifests and are read, while the patches a kustomization applies are partial objects and are not.
package struct KubernetesInventory: Sendable {
    /// Directories whose manifests belong to someone else's code.
    private static let vendoredComponents: Set<String> = ["node_modules", "vendor", "third_party", ".git"]

    /// The files that hold workloads or autoscalers, or that failed to parse.
    package var manifests: [KubernetesManifest]
    /// Image names whose tag a deploy tool sets: kustomize `images` with `newTag` or `digest`,
    /// and the artifacts skaffold builds.
    package var toolTaggedImages: Set<String>

    /// Every workload of every manifest.
    package var workloads: [KubernetesWorkload] { manifests.flatMap(\.workloads) }
    /// Every object an autoscaler targets.
    package var scaleTargets: [KubernetesScaleTarget] { manifests.flatMap(\.scaleTargets) }
    /// Manifests whose YAML could not be read to the end.
    package var malformed: [KubernetesManifest] { manifests.filter { $0.error != nil } }

    /// True when there are workloads and every container of each cannot run as root.
    package var enforcesNonRoot: Bool {
        let workloads = self.workloads
        return !workloads.isEmpty
            && workloads.allSatisfy { workload in
                !workload.allContainers.isEmpty && workload.allContainers.allSatisfy(workload.runsAsNonRoot)
            }
    }

    /// Finds and reads the manifests among the files the audit reads.
    package static func load(_ context: AuditContext) -> KubernetesInventory {
        let yamlFiles = context.includedFiles.filter { file in
            (file.fileExtension == "yaml" || file.fileExtension == "yml" || file.name == "Kustomization")
                && !file.path.split(separator: "/").dropLast().contains { vendoredComponents.contains(String($0)) }
        }
        var patches: Set<String> = []
        var taggedImages: Set<String> = []
        for file in yamlFiles where Kustomization.isKustomization(name: file.name) || SkaffoldConfig.isSkaffoldConfig(name: file.name) {
            guard let text = context.snapshot.text(file) else { continue }
            if SkaffoldConfig.isSkaffoldConfig(name: file.name) {
                taggedImages.formUnion(SkaffoldConfig.builtImages(text))
                continue
            }
            let kustomization = Kustomization.read(text, path: file.path)
            patches.formUnion(kustomization.patchPaths)
            taggedImages.formUnion(kustomization.pinnedImages)
        }
        let manifests = yamlFiles.compactMap { file -> KubernetesManifest? in
            guard !Kustomization.isKustomization(name: file.name), !patches.contains(file.path),
                let text = context.snapshot.text(file), mayHoldObjects(text)
            else { return nil }
            let manifest = KubernetesManifestCache.shared.manifest(for: file) { KubernetesManifestReader.read(text, path: file.path) }
            if manifest.error != nil { return declaresObjects(text) ? manifest : nil }
            return manifest.workloads.isEmpty && manifest.scaleTargets.isEmpty ? nil : manifest
        }
        return KubernetesInventory(manifests: manifests, toolTaggedImages: taggedImages)
    }

    /// A cheap test before parsing: objects need `apiVersion` and `kind`; Helm templates are not YAML yet.
    static func mayHoldObjects(_ text: String) -> Bool {
        text.contains("apiVersion") && text.contains("kind") && !text.contains("{{")
    }

    /// True when top-level `apiVersion:` and `kind:` lines show the file was meant to hold objects,
    /// so a parse error in it is a broken manifest rather than some other YAML.
    static func declaresObjects(_ text: String) -> Bool {
        var apiVersion = false, kind = false
        for line in text.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("apiVersion:") { apiVersion = true }
            if line.hasPrefix("kind:") { kind = true }
            if apiVersion && kind { return true }
        }
        return false
    }

    /// Runs `inspect` on the chosen containers of the chosen workloads; each message it returns becomes
    /// evidence at the container's line. Not applicable when no workload is chosen.
    package static func outcome(
        _ context: AuditContext,
        workloads include: (KubernetesWorkload) -> Bool = { _ in true },
        containers: (KubernetesWorkload) -> [KubernetesContainer] = \.allContainers,
        inspect: (KubernetesWorkload, KubernetesContainer) -> String?
    ) -> CheckOutcome {
        let workloads = load(context).workloads.filter(include)
        guard !workloads.isEmpty else { return .notApplicable("no Kubernetes workload to inspect") }
        let evidence = workloads.flatMap { workload in
            containers(workload).compactMap { container in
                inspect(workload, container).map {
                    Evidence("\(workload.reference) container `\(container.name)` \($0)", path: workload.path, line: container.line)
                }
            }
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }
}

/// Parsed manifests by path and blob id, so the checks that share them parse each file once,
/// and a re-audit of an unchanged file does not parse it again.
private final class KubernetesManifestCache: @unchecked Sendable {
    static let shared = KubernetesManifestCache()
    private static let capacity = 4096

    private struct Key: Hashable {
        var path: String
        var blob: String
    }

    private let lock = NSLock()
    private var entries: [Key: KubernetesManifest] = [:]

    func manifest(for file: SnapshotFile, read: () -> KubernetesManifest) -> KubernetesManifest {
        let key = Key(path: file.path, blob: file.id.description)
        if let cached = lock.withLock({ entries[key] }) { return cached }
        let manifest = read()
        lock.withLock {
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = manifest
        }
        return manifest
    }
}
