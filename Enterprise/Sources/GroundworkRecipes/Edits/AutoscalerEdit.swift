#if Enterprise
import GroundworkBricks
import Yams

/// The hpa recipe's edit (`recipes/hpa`): each Deployment of a manifest that no autoscaler scales gets an
/// autoscaling/v2 HorizontalPodAutoscaler on CPU utilisation appended to its file, with the cross-file
/// rules held: `spec.replicas` removed from every autoscaled Deployment, CPU and memory requests added to
/// containers without resources, `minReplicas` above any disruption budget's `minAvailable`, and no HPA
/// where a VPA in Auto mode or a KEDA ScaledObject already acts on the Deployment (a note instead).
struct AutoscalerEdit: InPlaceEdit {
    /// Every scale object of the repository.
    var inventory: ScaleInventory
    var minReplicas: Int
    var maxReplicas: Int
    var cpuUtilization: Int

    func apply(to text: String, path: String) throws -> EditResult {
        let workloads = ScaleInventory.read(text, path: path).filter { $0.kind == "Deployment" }.map(ScaleWorkload.init)
        guard !workloads.isEmpty else { return EditResult(text: text) }
        var patch = ManifestPatch(text)
        for workload in workloads {
            let scalers = inventory.autoscalers(of: workload)
            if scalers.contains(where: { $0.kind == "ScaledObject" }) || scalers.contains(where: \.vpaActs) {
                let other = scalers.first { $0.kind == "ScaledObject" || $0.vpaActs }.map(\.reference) ?? "another autoscaler"
                patch.notes.append("\(path):\(workload.line): \(workload.reference) is already scaled by \(other); no HPA added (two autoscalers fight)")
                continue
            }
            if workload.replicas != nil, !patch.remove("replicas", in: workload.object["spec"]) {
                patch.notes.append("\(path):\(workload.replicasLine ?? workload.line): remove spec.replicas of \(workload.reference) by hand: the HPA owns the count")
            }
            for container in workload.containers where container["resources"] == nil {
                let name = ScaleWorkload.name(of: container)
                _ = patch.append(
                    [
                        "# Added by groundwork (hpa recipe): the HPA's target is a share of these requests; measure and tune them.",
                        "resources:", "  requests:", "    cpu: 100m", "    memory: 128Mi",
                    ],
                    to: container, what: "container \(name) of \(workload.reference)", path: path
                )
            }
            for container in workload.containers where container["resources"] != nil && !ScaleWorkload.requests(of: container).contains("cpu") {
                patch.notes.append(
                    "\(path):\(ScaleWorkload.line(of: container) ?? workload.line): container \(ScaleWorkload.name(of: container)) of \(workload.reference) requests no CPU; add `requests.cpu` for the HPA to measure"
                )
            }
            guard !scalers.contains(where: \.setsReplicas) else { continue }
            let budgetFloor = inventory.disruptionBudgets(of: workload).compactMap { $0["spec.minAvailable"]?.int }.max().map { $0 + 1 } ?? 0
            let low = max(minReplicas, budgetFloor, 1)
            let high = max(maxReplicas, low)
            var document = [
                "apiVersion: autoscaling/v2", "kind: HorizontalPodAutoscaler", "metadata:", "  name: \(workload.name)",
            ]
            if let namespace = workload.object.namespace { document.append("  namespace: \(namespace)") }
            document += [
                "spec:",
                "  scaleTargetRef:", "    apiVersion: apps/v1", "    kind: Deployment", "    name: \(workload.name)",
                "  minReplicas: \(low)", "  maxReplicas: \(high)",
                "  metrics:", "    - type: Resource", "      resource:", "        name: cpu", "        target:", "          type: Utilization",
                "          averageUtilization: \(cpuUtilization)",
                "  behavior:",
                "    # Scale down slowly (the Kubernetes default window), up at once.",
                "    scaleDown:", "      stabilizationWindowSeconds: 300",
            ]
            patch.appendDocument(document.joined(separator: "\n") + "\n")
        }
        return EditResult(text: patch.text, notes: patch.notes)
    }
}
#endif
