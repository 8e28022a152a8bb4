#if Enterprise
import GroundworkBricks
import Yams

/// The cache recipe's manifest edit (`recipes/cache`): each serving container of a Deployment or StatefulSet
/// gets REDIS_URL from the key `secretKey` of the Secret `secret` (by default the rate-limit recipe's: `redis`,
/// key `url`) and CACHE_TTL_SECONDS, unless it sets them already (another recipe's REDIS_URL is kept: one Redis
/// serves both). A PgBouncer workload is left alone. The Secret holds a credential: a note asks for it.
struct CacheManifestEdit: InPlaceEdit {
    /// Seconds an entry lives (CACHE_TTL_SECONDS).
    var ttlSeconds: Int
    /// The Secret holding the Redis URL.
    var secret = "redis"
    /// The Secret's key whose value is the URL.
    var secretKey = "url"

    func apply(to text: String, path: String) throws -> EditResult {
        let workloads = ScaleInventory.read(text, path: path).filter { $0.kind == "Deployment" || $0.kind == "StatefulSet" }.map(ScaleWorkload.init)
        guard !workloads.isEmpty else { return EditResult(text: text) }
        var patch = ManifestPatch(text)
        for workload in workloads {
            let serving = workload.containers.filter { $0["ports"] != nil && $0["image"]?.string?.contains("pgbouncer") != true }
            var asked = false
            for container in serving {
                let names = ScaleWorkload.environmentNames(of: container)
                var items: [[String]] = []
                if !names.contains("REDIS_URL") {
                    items.append(["name: REDIS_URL", "valueFrom:", "  secretKeyRef:", "    name: \(secret)", "    key: \(secretKey)"])
                    asked = true
                }
                if !names.contains("CACHE_TTL_SECONDS") { items.append(["name: CACHE_TTL_SECONDS", "value: \"\(ttlSeconds)\""]) }
                guard !items.isEmpty else { continue }
                let what = "the env of container \(ScaleWorkload.name(of: container)) of \(workload.reference)"
                if container["env"]?.sequence?.isEmpty == false {
                    for item in items { _ = patch.appendItem(item, to: container["env"], what: what, path: path) }
                } else if container["env"] == nil {
                    let lines = items.flatMap { item in item.enumerated().map { ($0.offset == 0 ? "  - " : "    ") + $0.element } }
                    _ = patch.append(["# Added by groundwork (cache recipe): the Redis every replica's read cache shares.", "env:"] + lines, to: container, what: what, path: path)
                }
            }
            if asked {
                patch.notes.append(
                    "\(path): REDIS_URL of \(workload.reference) comes from the Secret \(secret) (key \(secretKey)), which the recipe does not write: kubectl create secret generic \(secret) --from-literal=\(secretKey)=redis://HOST:6379/0"
                )
            }
        }
        return EditResult(text: patch.text, notes: patch.notes)
    }
}
#endif
