#if Enterprise
import GroundworkBricks
import Yams

/// The manifest edit of the recipes whose application reads Redis (rate-limit, stateless-sessions, cache):
/// each serving container (one with ports) of a Deployment or StatefulSet that does not set REDIS_URL reads
/// it from the key `key` of the Secret `secret`, never as a literal, since the URL carries Redis's password.
/// A container that sets REDIS_URL already (another of these recipes, a brick, or by hand) keeps it, so the
/// recipes compose in any order and one Redis serves them all (their keys apart); the recipe's own `settings`
/// (plain values such as CACHE_TTL_SECONDS) are added where missing. Redis and PgBouncer workloads are left
/// alone. The Secret itself is never written to the repository: a note says how to create it.
struct RedisURLManifestEdit: InPlaceEdit {
    /// The variable the applications read.
    static let variable = "REDIS_URL"
    /// The Secret holding the URL, and its key.
    var secret: String
    var key: String
    /// The recipe, and what its application keeps in Redis, for the comment above an `env:` it adds.
    var recipe: String
    var purpose: String
    /// Plain variables the recipe's application reads, with their values as YAML scalars.
    var settings: [(name: String, value: String)] = []

    func apply(to text: String, path: String) throws -> EditResult {
        let workloads = ScaleInventory.read(text, path: path).filter { $0.kind == "Deployment" || $0.kind == "StatefulSet" }.map(ScaleWorkload.init)
        guard !workloads.isEmpty else { return EditResult(text: text) }
        var patch = ManifestPatch(text)
        var asked = false
        for workload in workloads {
            for container in workload.containers where container["ports"] != nil {
                let image = container["image"]?.string ?? ""
                if image.contains("redis") || image.contains("pgbouncer") { continue }
                let names = ScaleWorkload.environmentNames(of: container)
                var items: [[String]] = []
                let needsURL = !names.contains(Self.variable)
                if needsURL { items.append(["name: \(Self.variable)", "valueFrom:", "  secretKeyRef:", "    name: \(secret)", "    key: \(key)"]) }
                for setting in settings where !names.contains(setting.name) { items.append(["name: \(setting.name)", "value: \(setting.value)"]) }
                guard !items.isEmpty else { continue }
                let what = "the env of container \(ScaleWorkload.name(of: container)) of \(workload.reference)"
                var added = false
                if container["env"]?.sequence?.isEmpty == false {
                    for item in items { added = patch.appendItem(item, to: container["env"], what: what, path: path) || added }
                } else if container["env"] == nil {
                    let lines = items.flatMap { item in item.enumerated().map { ($0.offset == 0 ? "  - " : "    ") + $0.element } }
                    added = patch.append(["# Added by groundwork (\(recipe) recipe): \(purpose).", "env:"] + lines, to: container, what: what, path: path)
                } else {
                    patch.notes.append("\(path): \(what) is written in flow style; add \(Self.variable) from the Secret \(secret) by hand")
                }
                asked = asked || (added && needsURL)
            }
        }
        if asked {
            patch.notes.append(
                "\(path): \(Self.variable) comes from the Secret \(secret) (key \(key)), which the recipe does not write: kubectl create secret generic \(secret) --from-literal=\(key)=redis://HOST:6379/0"
            )
        }
        return EditResult(text: patch.isEmpty ? text : patch.text, notes: patch.notes)
    }
}
#endif
