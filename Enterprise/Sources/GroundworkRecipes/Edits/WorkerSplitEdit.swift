#if Enterprise
import Foundation
import GroundworkBricks
import Yams

/// The workers recipe's manifest edit (`recipes/workers`): when the repository has a background worker
/// (`WorkerEntryPoint`) that no workload runs, a worker Deployment beside the web Deployment — same image,
/// environment and resources, the worker's command, no ports or HTTP probes, pod labels of its own so that
/// the web Service and budget do not select it — and a KEDA ScaledObject that sizes it on the queue's
/// length. For the connectors' workers, where the web container does not set REDIS_URL, both read it from the
/// Redis recipes' Secret.
/// A worker Deployment that exists but nothing scales gets the ScaledObject only.
struct WorkerSplitEdit: InPlaceEdit {
    var inventory: ScaleInventory
    var worker: WorkerEntryPoint?
    var maxReplicas: Int
    /// KEDA's `listLength`: the jobs waiting per worker pod it aims for.
    var jobsPerWorker: Int
    /// `host:port` of the queue's Redis when the manifests do not say (REDIS_URL set literally on the web container).
    var redisAddress: String
    /// The queue name when QUEUE_NAME is not set on the web container (the connectors' default is `default`).
    var queueName: String
    /// The Secret and key the worker reads REDIS_URL from when the web container does not set it (the Redis
    /// recipes' Secret: one Redis for them all).
    var redisSecret: String
    var redisSecretKey: String

    func apply(to text: String, path: String) throws -> EditResult {
        guard let worker else { return EditResult(text: text) }
        let running = worker.workloads(in: inventory)
        var patch = ManifestPatch(text)
        if running.isEmpty {
            // One worker for the repository: beside the first web Deployment, in path order.
            guard let web = inventory.workloads.first(where: { $0.kind == "Deployment" && !$0.containers.isEmpty }), web.path == path else {
                return EditResult(text: text)
            }
            guard let container = web.containers.first, container["image"]?.string != nil else {
                patch.notes.append("\(path):\(web.line): \(web.reference) has no container image to run the worker with; add the worker Deployment by hand")
                return EditResult(text: patch.text, notes: patch.notes)
            }
            let name = web.name + "-worker"
            patch.appendDocument(workerDeployment(name: name, web: web, container: container, worker: worker))
            patch.appendDocument(scaledObject(target: name, namespace: web.object.namespace, container: container))
            // The web pods enqueue onto the same Redis: REDIS_URL from the same Secret where they do not set it
            // (the worker has no ports, so the edit leaves it as written above). A Procfile worker's broker is its own.
            guard worker.readsRedisURL else { return EditResult(text: patch.text, notes: patch.notes) }
            let enqueuing = try RedisURLManifestEdit(
                secret: redisSecret, key: redisSecretKey, recipe: "workers", purpose: "the queue the application enqueues to and the worker takes from"
            ).apply(to: patch.text, path: path)
            return EditResult(text: enqueuing.text, notes: patch.notes + enqueuing.notes)
        } else {
            for workload in running where workload.path == path && !inventory.autoscalers(of: workload).contains(where: \.setsReplicas) {
                if workload.replicas != nil {
                    // The ScaledObject decides the count from now on; a fixed one would fight it on every apply.
                    _ = patch.remove("replicas", in: workload.object["spec"])
                }
                patch.appendDocument(scaledObject(target: workload.name, namespace: workload.object.namespace, container: workload.containers.first))
            }
        }
        return EditResult(text: patch.text, notes: patch.notes)
    }

    /// The worker Deployment, copied from the web one where it should match.
    func workerDeployment(name: String, web: ScaleWorkload, container: Node, worker: WorkerEntryPoint) -> String {
        var labels = (web.object["spec.selector.matchLabels"]?.mapping ?? [:]).compactMap { key, value -> (String, String)? in
            guard let key = key.string, let value = value.string else { return nil }
            return (key, value + "-worker")
        }
        if labels.isEmpty { labels = [("app", name)] }
        var lines = [
            "# The background worker, split from \(web.name) by `groundwork recipes apply workers`: it runs the jobs of the",
            "# queue in pods of its own, sized by the ScaledObject below on the queue's length.",
            "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: \(name)",
        ]
        if let namespace = web.object.namespace { lines.append("  namespace: \(namespace)") }
        lines += ["spec:", "  selector:", "    matchLabels:"] + labels.map { "      \($0.0): \(DisruptionBudgetEdit.quoted($0.1))" }
        lines += ["  template:", "    metadata:", "      labels:"] + labels.map { "        \($0.0): \(DisruptionBudgetEdit.quoted($0.1))" }
        lines += ["        app.kubernetes.io/component: worker", "    spec:"]
        for key in ["serviceAccountName", "securityContext", "imagePullSecrets", "volumes"] {
            lines += Self.block(key, web.podSpec?[key], indent: 6)
        }
        lines += [
            "      # A job that outlives the grace period is taken back by the next worker (the queue's recovery).",
            "      terminationGracePeriodSeconds: 60",
            "      containers:",
            "        - name: worker",
        ]
        for key in ["image", "imagePullPolicy"] {
            lines += Self.block(key, container[key], indent: 10)
        }
        lines.append("          command: [" + worker.command.map { "\"\($0)\"" }.joined(separator: ", ") + "]")
        var env = Self.block("env", container["env"], indent: 10)
        if worker.readsRedisURL, !ScaleWorkload.environmentNames(of: container).contains(RedisURLManifestEdit.variable) {
            // The connectors' workers need REDIS_URL; it carries Redis's password, so it comes from a Secret.
            if env.isEmpty { env = ["          env:"] }
            env += [
                "            - name: \(RedisURLManifestEdit.variable)", "              valueFrom:", "                secretKeyRef:",
                "                  name: \(redisSecret)", "                  key: \(redisSecretKey)",
            ]
        }
        lines += env
        for key in ["envFrom", "resources", "securityContext", "volumeMounts"] {
            lines += Self.block(key, container[key], indent: 10)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The KEDA ScaledObject sizing `target` on the ready list of the queue.
    func scaledObject(target: String, namespace: String?, container: Node?) -> String {
        let queue = container.flatMap { ScaleWorkload.environment("QUEUE_NAME", of: $0) } ?? queueName
        let address = container.flatMap { ScaleWorkload.environment("REDIS_URL", of: $0) }.flatMap(Self.hostAndPort) ?? redisAddress
        var lines = ["apiVersion: keda.sh/v1alpha1", "kind: ScaledObject", "metadata:", "  name: \(target)"]
        if let namespace { lines.append("  namespace: \(namespace)") }
        lines += [
            "spec:",
            "  scaleTargetRef:",
            "    name: \(target)",
            "  # At least one worker: it also moves delayed and retried jobs to the ready list KEDA watches.",
            "  minReplicaCount: 1",
            "  maxReplicaCount: \(maxReplicas)",
            "  triggers:",
            "    - type: redis",
            "      metadata:",
            "        address: \(DisruptionBudgetEdit.quoted(address))",
            "        listName: \"queue:\(queue):ready\"",
            "        # Jobs waiting per worker pod: KEDA runs ceil(waiting / \(jobsPerWorker)) pods, between the bounds above.",
            "        listLength: \"\(jobsPerWorker)\"",
        ]
        if let container, ScaleWorkload.environmentNames(of: container).contains("REDIS_PASSWORD") {
            lines.append("        passwordFromEnv: REDIS_PASSWORD")
        }
        if let url = container.flatMap({ ScaleWorkload.environment("REDIS_URL", of: $0) }), url.hasPrefix("rediss://") {
            lines.append("        enableTLS: \"true\"")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `host:port` of a `redis://` or `rediss://` URL (port 6379 when left out); nil for anything else.
    static func hostAndPort(_ url: String) -> String? {
        guard let components = URLComponents(string: url), ["redis", "rediss"].contains(components.scheme), let host = components.host, !host.isEmpty else { return nil }
        return "\(host):\(components.port ?? 6379)"
    }

    /// `key:` and `node` serialized below it at `indent`, or nothing when `node` is nil.
    static func block(_ key: String, _ node: Node?, indent: Int) -> [String] {
        guard let node, let rendered = try? Yams.serialize(node: node) else { return [] }
        let pad = String(repeating: " ", count: indent)
        let body = rendered.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if case .scalar = node, body.count == 1 { return [pad + key + ": " + body[0]] }
        return [pad + key + ":"] + body.map { pad + "  " + $0 }
    }
}

/// The workers recipe's Dockerfile edit for Go (`recipes/workers-go-image`): the image the docker brick
/// writes builds only `/server`; the worker Deployment runs `/worker`, so the build stage builds
/// `./cmd/worker` too and the runtime stage copies it.
struct GoWorkerImageEdit: InPlaceEdit {
    var worker: WorkerEntryPoint?

    func apply(to text: String, path: String) throws -> EditResult {
        guard worker?.path == "cmd/worker/main.go", !text.contains("/out/worker") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        guard let build = lines.firstIndex(where: { $0.hasPrefix("RUN ") && $0.contains("go build") && $0.contains("-o /out/server") }),
            let copy = lines.firstIndex(where: { $0.hasPrefix("COPY --from=") && $0.contains("/out/server") })
        else {
            return EditResult(text: text, notes: ["\(path): no `go build … -o /out/server` and `COPY --from=… /out/server` lines; build ./cmd/worker into the image as /worker by hand"])
        }
        let from = lines[copy].split(separator: " ")[1]
        lines.insert("\(from) /out/worker /worker", at: copy + 1)
        lines.insert(#"RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/worker ./cmd/worker"#, at: build + 1)
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
