#if Enterprise
import GroundworkBricks
import Yams

/// The cache recipe's manifest edit (`recipes/cache`): each serving container of a Deployment or StatefulSet
/// gets REDIS_URL from the Secret `<workload>-redis` (key `url`) and CACHE_TTL_SECONDS, unless it sets them
/// already (another recipe's REDIS_URL, say the rate limiter's, is kept: one Redis serves both). A PgBouncer
/// workload is left alone. The Secret itself holds a credential: the plan's notes ask for it, never a value.
struct CacheManifestEdit: InPlaceEdit {
    /// Seconds an entry lives (CACHE_TTL_SECONDS).
    var ttlSeconds: Int

    func apply(to text: String, path: String) throws -> EditResult {
        let workloads = ScaleInventory.read(text, path: path).filter { $0.kind == "Deployment" || $0.kind == "StatefulSet" }.map(ScaleWorkload.init)
        guard !workloads.isEmpty else { return EditResult(text: text) }
        var patch = ManifestPatch(text)
        for workload in workloads {
            let serving = workload.containers.filter { $0["ports"] != nil && $0["image"]?.string?.contains("pgbouncer") != true }
            let secret = "\(workload.name)-redis"
            var asked = false
            for container in serving {
                let names = ScaleWorkload.environmentNames(of: container)
                var items: [[String]] = []
                if !names.contains("REDIS_URL") {
                    items.append(["name: REDIS_URL", "valueFrom:", "  secretKeyRef:", "    name: \(secret)", "    key: url"])
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
                patch.notes.append("\(path): create the Secret \(secret) with key url (redis://…) for \(workload.reference), or point REDIS_URL at your own Secret")
            }
        }
        return EditResult(text: patch.text, notes: patch.notes)
    }
}
#endif
