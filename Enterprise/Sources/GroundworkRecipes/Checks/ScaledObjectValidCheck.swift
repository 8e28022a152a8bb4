#if Enterprise
import GroundworkAuditModel
import Yams

/// KEDA ScaledObjects that KEDA's admission webhook and its scalers accept: a target that exists, replica
/// bounds in order, at least one trigger, the metadata a redis trigger needs, and requests on every
/// container for CPU and memory triggers. (A second autoscaler on the target is `scale.autoscaler-conflict`.)
package struct ScaledObjectValidCheck: ScaleCheck {
    package let id = "scale.keda-scaledobject-valid"
    package let title = "KEDA ScaledObjects are accepted by KEDA"
    package let severity = Severity.high
    package let rationale =
        "KEDA's admission webhook refuses a ScaledObject whose replica bounds are out of order, whose idle count is not below its minimum, or whose CPU or memory trigger targets containers without requests; one whose target does not exist, or whose redis trigger lacks listName or listLength, is accepted and then never scales. Either way the workload stays at its size while the backlog grows."
    package let fixedBy = ["workers"]
    package let effortHours = 0.5
    package let peers = PeerCheckIDs()

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = ScaleInventory.load(context)
        let scaledObjects = inventory.objects.filter { $0.kind == "ScaledObject" }
        guard !scaledObjects.isEmpty else { return .notApplicable("no KEDA ScaledObject") }
        var evidence: [Evidence] = []
        for object in scaledObjects {
            func problem(_ text: String) { evidence.append(Evidence("\(object.reference): \(text)", path: object.path, line: object.line)) }
            guard let scaler = ScaleAutoscaler(object) else {
                problem("spec.scaleTargetRef.name is missing")
                continue
            }
            let target = inventory.workloads.first(where: scaler.targets)
            if target == nil { problem("its target \(scaler.targetKind) \(scaler.targetName) is not among the manifests") }
            let minimum = object["spec.minReplicaCount"]?.int ?? 0, maximum = object["spec.maxReplicaCount"]?.int ?? 100
            if minimum > maximum { problem("minReplicaCount \(minimum) is above maxReplicaCount \(maximum)") }
            if let idle = object["spec.idleReplicaCount"]?.int, idle >= max(minimum, 1) {
                problem("idleReplicaCount \(idle) must be below minReplicaCount (\(minimum))")
            }
            let triggers = object["spec.triggers"]?.sequence ?? []
            if triggers.isEmpty { problem("it has no triggers") }
            for trigger in triggers {
                let type = trigger["type"]?.string ?? ""
                let metadata = trigger["metadata"]
                if type == "redis" || type == "redis-cluster" {
                    for key in ["listName", "listLength"] where metadata?[key]?.string == nil {
                        problem("its \(type) trigger has no metadata.\(key)")
                    }
                    let addressKeys = type == "redis" ? ["address", "addressFromEnv", "host", "hostFromEnv"] : ["addresses", "addressesFromEnv", "hosts", "hostsFromEnv"]
                    if !addressKeys.contains(where: { metadata?[$0]?.string != nil }) {
                        problem("its \(type) trigger names no server (metadata.\(addressKeys[0]) or \(addressKeys[1]))")
                    }
                }
                if type == "cpu" || type == "memory", let target {
                    for container in target.containers where !ScaleWorkload.requests(of: container).contains(type) {
                        problem("its \(type) trigger needs resources.requests.\(type) on container \(ScaleWorkload.name(of: container)) of \(target.reference)")
                    }
                }
            }
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    package var examples: [CheckExample] {
        let scaledObject = { (bounds: String, metadata: String) in
            "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {name: web}\n\(bounds)  triggers:\n    - type: redis\n      metadata: {\(metadata)}\n"
        }
        let good = "address: redis:6379, listName: \"queue:default:ready\", listLength: \"20\""
        return [
            CheckExample(
                "a redis trigger with its server, list and target length", .pass,
                files: ["k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/keda.yaml": scaledObject("  minReplicaCount: 1\n  maxReplicaCount: 10\n", good)]),
            CheckExample(
                "minReplicaCount above maxReplicaCount", .fail,
                files: ["k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/keda.yaml": scaledObject("  minReplicaCount: 5\n  maxReplicaCount: 2\n", good)]),
            CheckExample(
                "a redis trigger without listLength", .fail,
                files: ["k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/keda.yaml": scaledObject("", "address: redis:6379, listName: jobs")]),
            CheckExample("a ScaledObject whose target is missing", .fail, files: ["k8s/keda.yaml": scaledObject("", good)]),
            CheckExample("no ScaledObject", .notApplicable, files: ["k8s/web.yaml": ScaleExampleFiles.deployment()]),
        ]
    }
}
#endif
