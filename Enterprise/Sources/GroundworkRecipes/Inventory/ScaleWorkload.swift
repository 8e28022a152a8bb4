#if Enterprise
import Yams

/// A Deployment or StatefulSet read for scaling: replicas, pod labels, spread, shutdown and containers.
package struct ScaleWorkload: Sendable {
    /// The object as written.
    package var object: ScaleObject

    package init(_ object: ScaleObject) { self.object = object }

    package var kind: String { object.kind }
    package var name: String { object.name }
    package var path: String { object.path }
    package var line: Int { object.line }
    package var reference: String { object.reference }

    /// `spec.replicas` as written; nil when left out (Kubernetes then runs one, or the autoscaler decides).
    package var replicas: Int? { object["spec.replicas"]?.int }
    /// The line of `replicas:`, for evidence.
    package var replicasLine: Int? { object["spec"]?.mapping?.first { $0.key.string == "replicas" }?.key.mark?.line }
    /// The pod template's labels.
    package var podLabels: [String: String] {
        var labels: [String: String] = [:]
        for (key, value) in object["spec.template.metadata.labels"]?.mapping ?? [:] {
            if let key = key.string, let value = value.string { labels[key] = value }
        }
        return labels
    }
    /// The pod spec.
    package var podSpec: Node? { object["spec.template.spec"] }
    /// The regular containers.
    package var containers: [Node] { Array(podSpec?["containers"]?.sequence ?? []) }

    /// True when the pods are spread over nodes or zones: topology spread constraints OR a pod
    /// anti-affinity (preferred or required) — either is enough, as the Kubernetes docs present them.
    package var spreadsPods: Bool {
        if let constraints = podSpec?["topologySpreadConstraints"]?.sequence, !constraints.isEmpty { return true }
        let antiAffinity = podSpec?["affinity"]?["podAntiAffinity"]
        let required = antiAffinity?["requiredDuringSchedulingIgnoredDuringExecution"]?.sequence?.isEmpty == false
        let preferred = antiAffinity?["preferredDuringSchedulingIgnoredDuringExecution"]?.sequence?.isEmpty == false
        return required || preferred
    }

    /// `terminationGracePeriodSeconds`, 30 (Kubernetes' default) when left out.
    package var terminationGracePeriodSeconds: Int { podSpec?["terminationGracePeriodSeconds"]?.int ?? 30 }

    /// The container's name, `(unnamed)` when missing.
    package static func name(of container: Node) -> String { container["name"]?.string ?? "(unnamed)" }
    /// The line where the container's entry starts.
    package static func line(of container: Node) -> Int? { container.mapping?.keys.first?.mark?.line }

    /// The seconds a container's `preStop` hook waits: `sleep.seconds`, or an `exec` of `sleep N`;
    /// nil without a preStop hook, 0 for a hook that does not sleep (an HTTP call, another command).
    package static func preStopSeconds(of container: Node) -> Int? {
        guard let preStop = container["lifecycle"]?["preStop"] else { return nil }
        if let seconds = preStop["sleep"]?["seconds"]?.int { return seconds }
        let command = (preStop["exec"]?["command"]?.sequence ?? []).compactMap(\.string).joined(separator: " ")
        let words = command.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "&" })
        if let index = words.firstIndex(of: "sleep"), index + 1 < words.count, let seconds = Int(words[index + 1]) { return seconds }
        return 0
    }

    /// The value of an environment variable set literally on a container (`env: [{name, value}]`).
    package static func environment(_ name: String, of container: Node) -> String? {
        (container["env"]?.sequence ?? []).first { $0["name"]?.string == name }?["value"]?.string
    }

    /// Names of the container's environment variables, literal or from secrets and config maps.
    package static func environmentNames(of container: Node) -> [String] {
        (container["env"]?.sequence ?? []).compactMap { $0["name"]?.string }
    }

    /// The resource names under `resources.requests` of a container.
    package static func requests(of container: Node) -> Set<String> {
        Set((container["resources"]?["requests"]?.mapping ?? [:]).compactMap { $0.key.string })
    }
}
#endif
