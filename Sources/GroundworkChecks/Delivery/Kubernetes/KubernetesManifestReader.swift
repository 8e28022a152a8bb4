import GroundworkAuditModel
import GroundworkFormats
import Yams

/// Reads a YAML file of Kubernetes objects (several documents, `List`s) into the facts the checks use.
/// Malformed YAML gives a manifest with an error and line, and whatever documents came before it.
package enum KubernetesManifestReader {
    /// Reads `text`, the content of the manifest at `path`.
    package static func read(_ text: String, path: String) -> KubernetesManifest {
        var manifest = KubernetesManifest(path: path)
        if let line = YAMLNestingGuard.excessiveNestingLine(in: text) {
            manifest.error = KubernetesManifestError(line: line, message: "nested too deeply to be a manifest")
            return manifest
        }
        do {
            let parser = try Parser(yaml: text)
            while let document = try parser.nextRoot() {
                collect(document, into: &manifest)
            }
        } catch {
            manifest.error = describe(error)
        }
        return manifest
    }

    private static func collect(_ node: Node, into manifest: inout KubernetesManifest) {
        guard let object = node.mapping, object["apiVersion"]?.string != nil, let kind = object["kind"]?.string else { return }
        let name = object["metadata"]?["name"]?.string ?? "(unnamed)"
        let spec = object["spec"]
        switch kind {
        case "List":
            for item in object["items"]?.array() ?? [] { collect(item, into: &manifest) }
        case "HorizontalPodAutoscaler", "ScaledObject":
            // KEDA's ScaledObject scales a Deployment unless it names another kind.
            if let target = spec?["scaleTargetRef"], let targetName = target["name"]?.string {
                manifest.scaleTargets.append(KubernetesScaleTarget(kind: target["kind"]?.string ?? "Deployment", name: targetName))
            }
        case _ where KubernetesWorkload.kinds.contains(kind):
            let podSpec: Node? =
                switch kind {
                case "Pod": spec
                case "CronJob": spec?["jobTemplate"]?["spec"]?["template"]?["spec"]
                default: spec?["template"]?["spec"]
                }
            manifest.workloads.append(
                KubernetesWorkload(
                    kind: kind,
                    name: name,
                    path: manifest.path,
                    line: object["kind"]?.mark?.line ?? node.mark?.line ?? 1,
                    securityContext: securityContext(podSpec?["securityContext"]),
                    containers: (podSpec?["containers"]?.array() ?? []).compactMap(container),
                    initContainers: (podSpec?["initContainers"]?.array() ?? []).compactMap(container),
                    hostPaths: (podSpec?["volumes"]?.array() ?? []).compactMap(hostPath)
                ))
        default:
            return
        }
    }

    private static func container(_ node: Node) -> KubernetesContainer? {
        guard node.mapping != nil else { return nil }
        let resources = node["resources"]
        return KubernetesContainer(
            name: node["name"]?.string ?? "(unnamed)",
            image: node["image"]?.string,
            line: node.mark?.line ?? 1,
            requests: keys(resources?["requests"]),
            limits: keys(resources?["limits"]),
            hasLivenessProbe: node["livenessProbe"]?.mapping != nil,
            hasReadinessProbe: node["readinessProbe"]?.mapping != nil,
            securityContext: securityContext(node["securityContext"])
        )
    }

    /// The keys of a mapping whose values are set (`cpu: ~` does not count).
    private static func keys(_ node: Node?) -> Set<String> {
        guard let mapping = node?.mapping else { return [] }
        return Set(mapping.compactMap { key, value in value.null == nil ? key.string : nil })
    }

    private static func securityContext(_ node: Node?) -> KubernetesSecurityContext {
        KubernetesSecurityContext(
            privileged: node?["privileged"]?.bool,
            allowPrivilegeEscalation: node?["allowPrivilegeEscalation"]?.bool,
            runAsNonRoot: node?["runAsNonRoot"]?.bool,
            runAsUser: node?["runAsUser"]?.int
        )
    }

    private static func hostPath(_ node: Node) -> KubernetesHostPath? {
        guard let path = node["hostPath"]?["path"]?.string else { return nil }
        return KubernetesHostPath(volume: node["name"]?.string ?? "(unnamed)", path: path, line: node.mark?.line ?? 1)
    }

    /// The line and problem of a YAML error.
    private static func describe(_ error: any Error) -> KubernetesManifestError {
        guard let yamlError = error as? YamlError else { return KubernetesManifestError(line: nil, message: String(describing: error)) }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return KubernetesManifestError(line: mark.line, message: problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return KubernetesManifestError(line: context.mark.line, message: "duplicated keys \(duplicates.joined(separator: ", "))")
        case .reader(let problem, _, _, _):
            return KubernetesManifestError(line: nil, message: problem)
        default:
            return KubernetesManifestError(line: nil, message: String(describing: yamlError))
        }
    }
}
