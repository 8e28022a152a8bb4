#if Enterprise
import GroundworkBricks
import Yams

/// The stateless-sessions recipe's manifest edit (`recipes/stateless-sessions`): each serving container
/// (one with ports) of a Deployment or StatefulSet that does not set REDIS_URL reads it from a Secret
/// (`redis_secret`, key `redis_secret_key`), never as a literal: the URL carries Redis's password. Redis
/// and PgBouncer workloads are left alone.
struct SessionStoreManifestEdit: InPlaceEdit {
    /// The variable the applications read.
    static let variable = "REDIS_URL"
    /// The Secret and its key.
    var secret: String
    var key: String

    func apply(to text: String, path: String) throws -> EditResult {
        let workloads = ScaleInventory.read(text, path: path).filter { $0.kind == "Deployment" || $0.kind == "StatefulSet" }.map(ScaleWorkload.init)
        guard !workloads.isEmpty else { return EditResult(text: text) }
        var patch = ManifestPatch(text)
        let item = ["name: \(Self.variable)", "valueFrom:", "  secretKeyRef:", "    name: \(secret)", "    key: \(key)"]
        for workload in workloads {
            for container in workload.containers where container["ports"] != nil {
                let image = container["image"]?.string ?? ""
                if image.contains("redis") || image.contains("pgbouncer") { continue }
                if ScaleWorkload.environmentNames(of: container).contains(Self.variable) { continue }
                let what = "the env of container \(ScaleWorkload.name(of: container)) of \(workload.reference)"
                if container["env"]?.sequence?.isEmpty == false {
                    _ = patch.appendItem(item, to: container["env"], what: what, path: path)
                } else if container["env"] == nil {
                    let lines = ["# Added by groundwork (stateless-sessions recipe): sessions and shared caches live in Redis.", "env:", "  - " + item[0]] + item.dropFirst().map { "    " + $0 }
                    _ = patch.append(lines, to: container, what: what, path: path)
                } else {
                    patch.notes.append("\(path): \(what) is written in flow style; add \(Self.variable) from the Secret \(secret) by hand")
                }
            }
        }
        return EditResult(text: patch.text, notes: patch.notes)
    }
}
#endif
