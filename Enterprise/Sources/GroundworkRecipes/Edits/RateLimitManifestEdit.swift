#if Enterprise
import GroundworkBricks
import Yams

/// The rate-limit recipe's manifest edit (`recipes/rate-limit`): every serving container (one with ports) of
/// each Deployment or StatefulSet gets REDIS_URL from the key `secretKey` of the Secret `secret`, unless it
/// sets REDIS_URL already (another recipe or brick put it there, or it is written by hand). The Secret itself
/// is never written to the repository: a note says to create it. A PgBouncer workload is left alone.
struct RateLimitManifestEdit: InPlaceEdit {
    /// The Secret holding the Redis URL.
    var secret: String
    /// Its key.
    var secretKey: String

    func apply(to text: String, path: String) throws -> EditResult {
        let workloads = ScaleInventory.read(text, path: path).filter { $0.kind == "Deployment" || $0.kind == "StatefulSet" }.map(ScaleWorkload.init)
        var patch = ManifestPatch(text)
        var edited = false
        for workload in workloads {
            for container in workload.containers where container["ports"] != nil {
                if container["image"]?.string?.contains("pgbouncer") == true { continue }
                guard !ScaleWorkload.environmentNames(of: container).contains("REDIS_URL") else { continue }
                let what = "the env of container \(ScaleWorkload.name(of: container)) of \(workload.reference)"
                let reference = ["valueFrom:", "  secretKeyRef:", "    name: \(secret)", "    key: \(secretKey)"]
                if container["env"]?.sequence?.isEmpty == false {
                    edited = patch.appendItem(["name: REDIS_URL"] + reference, to: container["env"], what: what, path: path) || edited
                } else if container["env"] == nil {
                    let lines = ["# Added by groundwork (rate-limit recipe): the limiter's buckets live in this Redis.", "env:", "  - name: REDIS_URL"] + reference.map { "    " + $0 }
                    edited = patch.append(lines, to: container, what: what, path: path) || edited
                }
            }
        }
        if edited {
            patch.notes.append(
                "\(path): REDIS_URL comes from the Secret \(secret) (key \(secretKey)), which the recipe does not write: kubectl create secret generic \(secret) --from-literal=\(secretKey)=redis://HOST:6379/0"
            )
        }
        return EditResult(text: patch.isEmpty ? text : patch.text, notes: patch.notes)
    }
}
#endif
