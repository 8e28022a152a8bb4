#if Enterprise
import GroundworkAuditModel

/// Background jobs run in workloads of their own, scaled on the queue: a service with a worker does not run
/// its jobs inside the web pods, and its worker Deployment has an autoscaler (a KEDA ScaledObject on the
/// queue's length, or an HPA).
package struct WorkerSplitCheck: ScaleCheck {
    package let id = "scale.worker-split"
    package let title = "Background jobs run in their own autoscaled workload"
    package let severity = Severity.medium
    package let rationale =
        "Jobs run in the web pods take CPU from requests, die with every web rollout, and scale with traffic instead of with the backlog. A worker Deployment of its own, scaled on the queue's length (a KEDA ScaledObject), drains a backlog without touching latency, and scales to its floor when the queue is empty."
    package let fixedBy = ["workers"]
    package let effortHours = 3.0
    package let peers = PeerCheckIDs()

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        guard let worker = WorkerEntryPoint.find(in: context.snapshot) else { return .notApplicable("no background worker (queue worker entry point or Procfile worker)") }
        let inventory = ScaleInventory.load(context)
        guard !inventory.workloads.isEmpty else { return .notApplicable("no Kubernetes Deployment or StatefulSet") }
        let workers = worker.workloads(in: inventory)
        guard !workers.isEmpty else {
            let command = worker.command.joined(separator: " ")
            return .failed([
                Evidence("the worker (\(command)) runs in no workload of its own: no container's command starts it", path: worker.path, line: worker.path == "Procfile" ? nil : 1)
            ])
        }
        let unscaled = workers.filter { !inventory.autoscalers(of: $0).contains(where: \.setsReplicas) }
        guard !unscaled.isEmpty else { return .passed }
        return .failed(
            unscaled.map { Evidence("\($0.reference) runs the worker but no ScaledObject or HPA scales it on its backlog", path: $0.path, line: $0.line) })
    }

    package var examples: [CheckExample] {
        let worker = ScaleExampleFiles.deployment(name: "web-worker", replicas: nil).replacingOccurrences(
            of: "          ports: [{containerPort: 8000}]\n", with: "          command: [python, -m, app.worker]\n")
        let scaledObject =
            "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: web-worker}\nspec:\n  scaleTargetRef: {name: web-worker}\n  maxReplicaCount: 10\n  triggers:\n    - type: redis\n      metadata: {address: redis:6379, listName: \"queue:default:ready\", listLength: \"20\"}\n"
        let code = "app/worker.py"
        return [
            CheckExample(
                "the worker in a Deployment of its own, under a KEDA ScaledObject", .pass,
                files: [code: "import asyncio\n", "k8s/web.yaml": ScaleExampleFiles.deployment(), "k8s/worker.yaml": worker, "k8s/keda.yaml": scaledObject]),
            CheckExample("a queue worker and only the web Deployment", .fail, files: [code: "import asyncio\n", "k8s/web.yaml": ScaleExampleFiles.deployment()]),
            CheckExample(
                "a worker Deployment with a fixed replica count", .fail,
                files: [code: "import asyncio\n", "k8s/web.yaml": ScaleExampleFiles.deployment(), "k8s/worker.yaml": worker]),
            CheckExample("no background worker", .notApplicable, files: ["k8s/web.yaml": ScaleExampleFiles.deployment()]),
        ]
    }
}
#endif
