#if Enterprise
import GroundworkAuditModel
import Yams

/// The process that runs a repository's background jobs, when it has one: the worker the queue connector
/// writes per stack (`app/worker.py`, `src/worker.js`, `cmd/worker/main.go`, the Swift `QueueWorker` service),
/// or a `worker:` line of a Procfile (Celery, RQ, Sidekiq, BullMQ…). The workers recipe runs it in a Deployment
/// of its own, with the command that starts it in the image the docker brick builds for the stack.
package struct WorkerEntryPoint: Sendable, Equatable {
    /// The file or Procfile line it was found in.
    package var path: String
    /// The container command that starts it in the service's image.
    package var command: [String]
    /// Words that a container running it has in its command or args.
    package var markers: [String]

    /// The connectors' worker entry points: the file, the command in the image, and what identifies it.
    static let known: [(path: String, command: [String], markers: [String])] = [
        // WORKDIR /app, the virtual environment first on PATH, /app on PYTHONPATH.
        ("app/worker.py", ["python", "-m", "app.worker"], ["app.worker", "app/worker.py"]),
        // WORKDIR /app, the sources copied as they are.
        ("src/worker.js", ["node", "src/worker.js"], ["src/worker.js", "worker.js"]),
        // The Go image holds /server; the recipe's Dockerfile edit builds /worker beside it.
        ("cmd/worker/main.go", ["/worker"], ["/worker", "./cmd/worker", "cmd/worker"]),
        // The Swift worker is a Service, not a program: the recipe's App.swift edit gives the one executable a
        // `worker` mode, and the image holds that executable as /app/server.
        (SwiftWorkerModeEdit.queueWorker, ["/app/server", "worker"], ["/app/server worker", "App worker"]),
    ]

    /// The worker of the tree, if any.
    package static func find(in snapshot: RepoSnapshot) -> WorkerEntryPoint? {
        for entry in known where snapshot.contains(entry.path) {
            return WorkerEntryPoint(path: entry.path, command: entry.command, markers: entry.markers)
        }
        if let procfile = snapshot.text(at: "Procfile") {
            for line in procfile.split(separator: "\n") {
                let parts = line.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "worker" else { continue }
                let command = parts[1].split(separator: " ").map(String.init)
                guard !command.isEmpty else { continue }
                // `celery -A app worker`: the words after the program identify it well enough.
                return WorkerEntryPoint(path: "Procfile", command: command, markers: [command.joined(separator: " ")])
            }
        }
        return nil
    }

    /// Whether it is one of the connectors' workers, which read their queue's Redis from REDIS_URL (a Procfile
    /// worker's broker is configured its own way).
    package var readsRedisURL: Bool { path != "Procfile" }

    /// Whether `container` runs this worker (its command and args, joined, hold a marker).
    package func isRun(by container: Node) -> Bool {
        let words = ((container["command"]?.sequence ?? []) + (container["args"]?.sequence ?? [])).compactMap(\.string)
        let line = words.joined(separator: " ")
        return !line.isEmpty && markers.contains { line.contains($0) }
    }

    /// The workloads of `inventory` that run this worker.
    package func workloads(in inventory: ScaleInventory) -> [ScaleWorkload] {
        inventory.workloads.filter { workload in workload.containers.contains(where: isRun(by:)) }
    }
}
#endif
