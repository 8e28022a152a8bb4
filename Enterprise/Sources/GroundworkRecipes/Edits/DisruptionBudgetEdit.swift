#if Enterprise
import Foundation
import GroundworkBricks
import Yams

/// The pdb recipe's edit (`recipes/pdb`): for each Deployment and StatefulSet of a manifest, at least two
/// replicas (unless an autoscaler decides them), topology spread across nodes when the pods are not spread
/// yet, and a PodDisruptionBudget selecting exactly the workload's pods (its own `spec.selector`) appended
/// to the same file when no budget in the repository selects them.
struct DisruptionBudgetEdit: InPlaceEdit {
    /// Every scale object of the repository, for the budgets and autoscalers in other files.
    var inventory: ScaleInventory
    /// The fewest pods a workload without an autoscaler runs.
    var minimumReplicas: Int

    func apply(to text: String, path: String) throws -> EditResult {
        let workloads = ScaleInventory.read(text, path: path).filter { $0.kind == "Deployment" || $0.kind == "StatefulSet" }.map(ScaleWorkload.init)
        guard !workloads.isEmpty else { return EditResult(text: text) }
        var patch = ManifestPatch(text)
        for workload in workloads {
            let scaled = inventory.autoscalers(of: workload).contains(where: \.setsReplicas)
            if !scaled, (workload.replicas ?? 1) < minimumReplicas {
                if !patch.replaceValue(of: "replicas", in: workload.object["spec"], with: "\(minimumReplicas)") {
                    _ = patch.append(["replicas: \(minimumReplicas)"], to: workload.object["spec"], what: "\(workload.reference) spec", path: path)
                }
            }
            if !workload.spreadsPods, let labels = workload.object["spec.selector.matchLabels"]?.mapping, !labels.isEmpty {
                let selector = labels.compactMap { key, value in key.string.flatMap { key in value.string.map { "\(key): \(Self.quoted($0))" } } }
                _ = patch.append(
                    ["topologySpreadConstraints:"]
                        + ["kubernetes.io/hostname", "topology.kubernetes.io/zone"].flatMap { key in
                            ["  - maxSkew: 1", "    topologyKey: \(key)", "    whenUnsatisfiable: ScheduleAnyway", "    labelSelector:", "      matchLabels:"]
                                + selector.map { "        " + $0 }
                        },
                    to: workload.podSpec, what: "\(workload.reference) pod spec", path: path
                )
            }
            if inventory.disruptionBudgets(of: workload).isEmpty,
                ScaleInventory.read(text, path: path).filter({ $0.kind == "PodDisruptionBudget" }).allSatisfy({ budget in
                    LabelSelector(budget["spec.selector"]).map { !$0.matches(workload.podLabels) } ?? true
                })
            {
                guard let selector = workload.object["spec.selector"], let rendered = try? Yams.serialize(node: selector) else {
                    patch.notes.append("\(path):\(workload.line): \(workload.reference) has no spec.selector to copy into a PodDisruptionBudget")
                    continue
                }
                var document = ["apiVersion: policy/v1", "kind: PodDisruptionBudget", "metadata:", "  name: \(workload.name)"]
                if let namespace = workload.object.namespace { document.append("  namespace: \(namespace)") }
                document += ["spec:", "  # One pod at a time may be evicted (a node drain), whatever the replica count.", "  maxUnavailable: 1", "  selector:"]
                document += rendered.split(separator: "\n", omittingEmptySubsequences: true).map { "    " + $0 }
                patch.appendDocument(document.joined(separator: "\n") + "\n")
            }
        }
        return EditResult(text: patch.text, notes: patch.notes)
    }

    /// A label value as a YAML scalar that stays a string (`"true"`, `"1"`).
    static func quoted(_ value: String) -> String {
        value.allSatisfy { $0.isLetter || $0.isNumber || "-._/".contains($0) } && !["true", "false", "null", "yes", "no", "on", "off"].contains(value.lowercased()) && Int(value) == nil
            ? value : "\"\(value)\""
    }
}
#endif
