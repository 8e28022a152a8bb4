#if Enterprise
import Yams

/// Something that sets a workload's replicas or resources: an HPA, a VPA or a KEDA ScaledObject.
package struct ScaleAutoscaler: Sendable {
    /// The autoscaler object.
    package var object: ScaleObject
    /// The target's kind (`Deployment` when a ScaledObject leaves it out, as KEDA does).
    package var targetKind: String
    /// The target's name.
    package var targetName: String

    /// Reads the target of an HPA, a VPA or a ScaledObject; nil for other kinds or without a target.
    package init?(_ object: ScaleObject) {
        let reference: Node?
        switch object.kind {
        case "HorizontalPodAutoscaler", "ScaledObject": reference = object["spec.scaleTargetRef"]
        case "VerticalPodAutoscaler": reference = object["spec.targetRef"]
        default: return nil
        }
        guard let name = reference?["name"]?.string else { return nil }
        self.object = object
        targetName = name
        targetKind = reference?["kind"]?.string ?? "Deployment"
    }

    package var kind: String { object.kind }
    package var reference: String { object.reference }

    /// True when it scales `workload` (same kind, name and namespace).
    package func targets(_ workload: ScaleWorkload) -> Bool {
        targetKind == workload.kind && targetName == workload.name && object.sharesNamespace(with: workload.object)
    }

    /// `minReplicas` (HPA) or `minReplicaCount` (ScaledObject), with their defaults: 1 and 0.
    package var minReplicas: Int? {
        switch kind {
        case "HorizontalPodAutoscaler": object["spec.minReplicas"]?.int ?? 1
        case "ScaledObject": object["spec.minReplicaCount"]?.int ?? 0
        default: nil
        }
    }

    /// `maxReplicas` (HPA) or `maxReplicaCount` (ScaledObject, default 100).
    package var maxReplicas: Int? {
        switch kind {
        case "HorizontalPodAutoscaler": object["spec.maxReplicas"]?.int
        case "ScaledObject": object["spec.maxReplicaCount"]?.int ?? 100
        default: nil
        }
    }

    /// True when it changes the replica count (an HPA or a ScaledObject), false for a VPA.
    package var setsReplicas: Bool { kind != "VerticalPodAutoscaler" }

    /// True for a VPA that acts on pods (`updateMode` Auto, Recreate or InPlaceOrRecreate; Auto when left out).
    package var vpaActs: Bool {
        guard kind == "VerticalPodAutoscaler" else { return false }
        return (object["spec.updatePolicy.updateMode"]?.string ?? "Auto") != "Off" && object["spec.updatePolicy.updateMode"]?.string != "Initial"
    }

    /// The resource names (`cpu`, `memory`) an HPA measures as utilisation, which need requests.
    package var utilizationResources: [String] {
        guard kind == "HorizontalPodAutoscaler" else { return [] }
        return (object["spec.metrics"]?.sequence ?? []).compactMap { metric in
            let source = metric["type"]?.string == "ContainerResource" ? metric["containerResource"] : metric["resource"]
            guard metric["type"]?.string == "Resource" || metric["type"]?.string == "ContainerResource",
                source?["target"]?["type"]?.string == "Utilization"
            else { return nil }
            return source?["name"]?.string
        } + (object["apiVersion"]?.string == "autoscaling/v1" ? ["cpu"] : [])
    }
}
#endif
