#if Enterprise
import GroundworkBricks
import Yams

/// The red-metrics recipe's manifest edit (`recipes/red-metrics`): the pods of each serving Deployment or
/// StatefulSet get the `prometheus.io/scrape`, `/port` and `/path` annotations (unless Prometheus already
/// scrapes them, see ``RedMetricsCheck``), and each serving container the OpenTelemetry variables
/// OTEL_SERVICE_NAME (the workload's name) and OTEL_EXPORTER_OTLP_ENDPOINT that it does not set. A
/// PgBouncer workload is left alone with a note.
struct MetricsManifestEdit: InPlaceEdit {
    /// The repository's scale objects, to see Services and monitors in other files.
    var inventory: ScaleInventory
    /// Where traces go (OTLP over HTTP).
    var otlpEndpoint: String

    func apply(to text: String, path: String) throws -> EditResult {
        let workloads = ScaleInventory.read(text, path: path).filter { $0.kind == "Deployment" || $0.kind == "StatefulSet" }.map(ScaleWorkload.init)
        guard !workloads.isEmpty else { return EditResult(text: text) }
        var patch = ManifestPatch(text)
        for workload in workloads {
            let serving = workload.containers.filter { $0["ports"] != nil }
            guard !serving.isEmpty else { continue }
            // PgBouncer (the db-connection-budget recipe's) serves no /metrics: it needs an exporter of its own.
            if serving.contains(where: { $0["image"]?.string?.contains("pgbouncer") == true }) {
                patch.notes.append("\(path): \(workload.reference) runs PgBouncer, which has no /metrics; scrape it through a pgbouncer exporter")
                continue
            }
            for container in serving {
                let names = ScaleWorkload.environmentNames(of: container)
                let variables = [("OTEL_SERVICE_NAME", workload.name), ("OTEL_EXPORTER_OTLP_ENDPOINT", otlpEndpoint)].filter { !names.contains($0.0) }
                guard !variables.isEmpty else { continue }
                let what = "the env of container \(ScaleWorkload.name(of: container)) of \(workload.reference)"
                if container["env"]?.sequence?.isEmpty == false {
                    for (name, value) in variables { _ = patch.appendItem(["name: \(name)", "value: \"\(value)\""], to: container["env"], what: what, path: path) }
                } else if container["env"] == nil {
                    let items = variables.flatMap { ["  - name: \($0.0)", "    value: \"\($0.1)\""] }
                    _ = patch.append(["# Added by groundwork (red-metrics recipe): traces over OTLP/HTTP.", "env:"] + items, to: container, what: what, path: path)
                }
            }
            let annotated = workload.object["spec.template.metadata.annotations"]
            if RedMetricsCheck.isScraped(workload, inventory: inventory) || annotated?[RedMetricsCheck.scrapeAnnotation] != nil { continue }
            let port = serving.lazy.compactMap { $0["ports"]?.sequence?.first?["containerPort"]?.int }.first ?? 8080
            let keys = ["\(RedMetricsCheck.scrapeAnnotation): \"true\"", "prometheus.io/port: \"\(port)\"", "prometheus.io/path: /metrics"]
            if annotated?.mapping?.isEmpty == false {
                _ = patch.append(keys, to: annotated, what: "the pod annotations of \(workload.reference)", path: path)
            } else {
                _ = patch.append(
                    ["# Added by groundwork (red-metrics recipe): Prometheus scrapes GET /metrics.", "annotations:"] + keys.map { "  " + $0 },
                    to: workload.object["spec.template.metadata"], what: "the pod template metadata of \(workload.reference)", path: path)
            }
        }
        return EditResult(text: patch.text, notes: patch.notes)
    }
}
#endif
