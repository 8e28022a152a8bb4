#if Enterprise
import Foundation
import Synchronization
import GroundworkAuditModel
import Yams

/// The Kubernetes objects of a repository that the scale checks reason about across files: workloads,
/// PodDisruptionBudgets, HorizontalPodAutoscalers, VerticalPodAutoscalers, KEDA ScaledObjects, and the
/// Services, ServiceMonitors and PodMonitors that say whether Prometheus scrapes a workload.
///
/// Helm templates (`{{ }}`) are skipped until rendered; files that do not parse are left to
/// `delivery.k8s-manifests-valid`, which reports them.
package struct ScaleInventory: Sendable {
    /// Directories whose manifests belong to someone else's code.
    private static let vendored: Set<String> = ["node_modules", "vendor", "third_party", ".git"]
    /// The kinds the checks read.
    static let kinds: Set<String> = [
        "Deployment", "StatefulSet", "PodDisruptionBudget", "HorizontalPodAutoscaler", "VerticalPodAutoscaler", "ScaledObject",
        "Service", "ServiceMonitor", "PodMonitor",
    ]

    /// Every object of those kinds, in path and file order.
    package var objects: [ScaleObject]

    /// Deployments and StatefulSets: the workloads that scale out.
    package var workloads: [ScaleWorkload] { objects.filter { $0.kind == "Deployment" || $0.kind == "StatefulSet" }.map(ScaleWorkload.init) }
    /// The PodDisruptionBudgets.
    package var disruptionBudgets: [ScaleObject] { objects.filter { $0.kind == "PodDisruptionBudget" } }
    /// HPAs, VPAs and ScaledObjects, each with what it targets.
    package var autoscalers: [ScaleAutoscaler] { objects.compactMap(ScaleAutoscaler.init) }

    /// The autoscalers that scale `workload`.
    package func autoscalers(of workload: ScaleWorkload) -> [ScaleAutoscaler] {
        autoscalers.filter { $0.targets(workload) }
    }

    /// The PodDisruptionBudgets whose selector selects `workload`'s pods.
    package func disruptionBudgets(of workload: ScaleWorkload) -> [ScaleObject] {
        disruptionBudgets.filter { budget in
            guard budget.sharesNamespace(with: workload.object), let selector = LabelSelector(budget["spec.selector"]) else { return false }
            return selector.matches(workload.podLabels)
        }
    }

    /// Reads the manifests among the files the audit reads. Every scale check asks for the inventory of the
    /// same tree, so the last one is kept, keyed by the YAML files' paths and blob ids: the manifests are
    /// read and parsed once per audit, not once per check.
    package static func load(_ context: AuditContext) -> ScaleInventory {
        let files = context.includedFiles.filter { file in
            (file.fileExtension == "yaml" || file.fileExtension == "yml")
                && !file.path.split(separator: "/").dropLast().contains(where: { vendored.contains(String($0)) })
        }
        let key = files.map { $0.path + ":" + $0.id.hex }
        if let cached = last.withLock({ $0?.key == key ? $0?.inventory : nil }) { return cached }
        var objects: [ScaleObject] = []
        for file in files {
            guard let text = context.snapshot.text(file) else { continue }
            objects += read(text, path: file.path)
        }
        let inventory = ScaleInventory(objects: objects)
        last.withLock { $0 = (key, inventory) }
        return inventory
    }

    /// The inventory last loaded and the files it was read from.
    private static let last = Mutex<(key: [String], inventory: ScaleInventory)?>(nil)

    /// The objects of the kinds the checks read in one file's text; none when it is not YAML.
    package static func read(_ text: String, path: String) -> [ScaleObject] {
        guard text.contains("kind"), !text.contains("{{"), kinds.contains(where: { text.contains($0) }),
            let documents = try? Yams.compose_all(yaml: text)
        else { return [] }
        var objects: [ScaleObject] = []
        // A document that does not parse ends the sequence: the objects before it are still read.
        for document in documents {
            let items = document["kind"]?.string == "List" ? Array(document["items"]?.sequence ?? []) : [document]
            for item in items {
                guard let kind = item["kind"]?.string, kinds.contains(kind) else { continue }
                // A kustomize patch (`$patch: delete`, or a strategic merge patch without a pod template) names
                // a workload defined elsewhere; it is not one.
                if item["$patch"] != nil { continue }
                if kind == "Deployment" || kind == "StatefulSet", item["spec"]?["template"] == nil, item["spec"]?["selector"] == nil { continue }
                let line = item.mapping?.first { $0.key.string == "kind" }?.key.mark?.line ?? item.mark?.line ?? 1
                objects.append(
                    ScaleObject(
                        kind: kind, name: item["metadata"]?["name"]?.string ?? "(unnamed)",
                        namespace: item["metadata"]?["namespace"]?.string, path: path, line: line, node: item
                    ))
            }
        }
        return objects
    }
}
#endif
