#if Enterprise
import GroundworkBricks
import Yams

/// The graceful-shutdown recipe's manifest edit (`recipes/graceful-shutdown`): each serving container of a
/// Deployment or StatefulSet gets a `preStop` sleep (the endpoints controller removes the pod while it
/// still serves) unless it has a preStop hook, and the pod's `terminationGracePeriodSeconds` is made to
/// cover that wait plus the application's drain time, with a margin for closing pools.
struct ShutdownManifestEdit: InPlaceEdit {
    /// Seconds the preStop hook waits.
    var preStopSeconds: Int
    /// Seconds the application drains in-flight requests after SIGTERM (SHUTDOWN_DRAIN_SECONDS).
    var drainSeconds: Int
    /// Seconds left for closing pools and flushing logs.
    static let margin = 5

    func apply(to text: String, path: String) throws -> EditResult {
        let workloads = ScaleInventory.read(text, path: path).filter { $0.kind == "Deployment" || $0.kind == "StatefulSet" }.map(ScaleWorkload.init)
        guard !workloads.isEmpty else { return EditResult(text: text) }
        var patch = ManifestPatch(text)
        for workload in workloads {
            let serving = workload.containers.filter { $0["ports"] != nil || $0["readinessProbe"] != nil }
            guard !serving.isEmpty else { continue }
            var longestWait = 0
            for container in serving {
                let name = ScaleWorkload.name(of: container)
                let what = "container \(name) of \(workload.reference)"
                // The application's drain time, where both the application and scale.graceful-shutdown-missing read it.
                let drain = ["name: \(GracefulShutdownCheck.drainVariable)", "value: \"\(drainSeconds)\""]
                var added: [String] = []
                if ScaleWorkload.environment(GracefulShutdownCheck.drainVariable, of: container) == nil {
                    if container["env"]?.sequence?.isEmpty == false {
                        _ = patch.appendItem(drain, to: container["env"], what: "the env of \(what)", path: path)
                    } else if container["env"] == nil {
                        added += ["env:", "  - " + drain[0], "    " + drain[1]]
                    }
                }
                if let wait = ScaleWorkload.preStopSeconds(of: container) {
                    longestWait = max(longestWait, wait)
                } else {
                    longestWait = max(longestWait, preStopSeconds)
                    added += [
                        "# Added by groundwork (graceful-shutdown recipe): keep serving while the endpoints drop this pod.",
                        "lifecycle:", "  preStop:", "    sleep:", "      seconds: \(preStopSeconds)",
                    ]
                }
                if !added.isEmpty { _ = patch.append(added, to: container, what: what, path: path) }
            }
            let drains = serving.map { ScaleWorkload.environment(GracefulShutdownCheck.drainVariable, of: $0).flatMap { Int($0) } ?? drainSeconds }
            let needed = longestWait + (drains.max() ?? drainSeconds) + Self.margin
            let written = workload.podSpec?["terminationGracePeriodSeconds"]?.int
            if let written, written >= needed { continue }
            if written != nil {
                _ = patch.replaceValue(of: "terminationGracePeriodSeconds", in: workload.podSpec, with: "\(needed)")
            } else {
                _ = patch.append(
                    ["# preStop wait + drain + \(Self.margin) s to close pools (graceful-shutdown recipe).", "terminationGracePeriodSeconds: \(max(needed, 30))"],
                    to: workload.podSpec, what: "\(workload.reference) pod spec", path: path
                )
            }
        }
        return EditResult(text: patch.text, notes: patch.notes)
    }
}
#endif
