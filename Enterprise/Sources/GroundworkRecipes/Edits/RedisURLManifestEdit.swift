#if Enterprise
import GroundworkBricks
import Yams

/// The manifest edit of the recipes whose application reads Redis (rate-limit, stateless-sessions, cache):
/// each serving container (one with ports) of a Deployment or StatefulSet that does not set REDIS_URL reads
/// it from the key `key` of the Secret `secret`, never as a literal, since the URL carries Redis's password.
/// A container that sets REDIS_URL already (another of these recipes, a brick, or by hand) is left as it is,
/// so the recipes compose in any order. Redis and PgBouncer workloads are left alone. The Secret itself is
/// never written to the repository: a note says how to create it.
struct RedisURLManifestEdit: InPlaceEdit {
    /// The variable the applications read.
    static let variable = "REDIS_URL"
    /// The Secret holding the URL, and its key.
    var secret: String
    var key: String
    /// The recipe, and what its application keeps in Redis, for the comment above an `env:` it adds.
    var recipe: String
    var purpose: String

    func apply(to text: String, path: String) throws -> EditResult {
        let workloads = ScaleInventory.read(text, path: path).filter { $0.kind == "Deployment" || $0.kind == "StatefulSet" }.map(ScaleWorkload.init)
        guard !workloads.isEmpty else { return EditResult(text: text) }
        var patch = ManifestPatch(text)
        var edited = false
        let item = ["name: \(Self.variable)", "valueFrom:", "  secretKeyRef:", "    name: \(secret)", "    key: \(key)"]
        for workload in workloads {
            for container in workload.containers where container["ports"] != nil {
                let image = container["image"]?.string ?? ""
                if image.contains("redis") || image.contains("pgbouncer") { continue }
                if ScaleWorkload.environmentNames(of: container).contains(Self.variable) { continue }
                let what = "the env of container \(ScaleWorkload.name(of: container)) of \(workload.reference)"
                if container["env"]?.sequence?.isEmpty == false {
                    edited = patch.appendItem(item, to: container["env"], what: what, path: path) || edited
                } else if container["env"] == nil {
                    let lines = ["# Added by groundwork (\(recipe) recipe): \(purpose).", "env:", "  - " + item[0]] + item.dropFirst().map { "    " + $0 }
                    edited = patch.append(lines, to: container, what: what, path: path) || edited
                } else {
                    patch.notes.append("\(path): \(what) is written in flow style; add \(Self.variable) from the Secret \(secret) by hand")
                }
            }
        }
        if edited {
            patch.notes.append(
                "\(path): \(Self.variable) comes from the Secret \(secret) (key \(key)), which the recipe does not write: kubectl create secret generic \(secret) --from-literal=\(key)=redis://HOST:6379/0"
            )
        }
        return EditResult(text: patch.isEmpty ? text : patch.text, notes: patch.notes)
    }
}
#endif
