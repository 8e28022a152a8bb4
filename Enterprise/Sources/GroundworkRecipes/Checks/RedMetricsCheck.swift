#if Enterprise
import Foundation
import GroundworkAuditModel

/// A service exposes Prometheus metrics and its manifests tell Prometheus to scrape them: without request
/// rate, errors and duration per route, no autoscaling decision or capacity figure can be checked in production.
package struct RedMetricsCheck: ScaleCheck {
    /// The pod annotation the common Prometheus scrape configuration (kubernetes-pods job) keys on.
    package static let scrapeAnnotation = "prometheus.io/scrape"

    /// A stack whose application the red-metrics recipe changes: how its packages are recognised and how
    /// its sources show a Prometheus exposition.
    struct Stack {
        var ecosystem: String
        var framework: String
        /// File name endings of its sources.
        var extensions: [String]
        /// Text in a source that means a Prometheus client library is used.
        var libraries: [String]

        /// The libraries as a message names them.
        var described: String {
            libraries.map { $0.replacingOccurrences(of: "import ", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "\"/")) }.joined(separator: ", ")
        }
    }

    static let stacks = [
        Stack(ecosystem: "python", framework: "fastapi", extensions: [".py"], libraries: ["prometheus_client", "prometheus_fastapi_instrumentator", "starlette_exporter"]),
        Stack(ecosystem: "go", framework: "chi", extensions: [".go"], libraries: ["\"github.com/prometheus/client_golang/"]),
        Stack(ecosystem: "node", framework: "express", extensions: [".js", ".mjs", ".cjs", ".ts"], libraries: ["prom-client", "express-prom-bundle"]),
        Stack(ecosystem: "swift", framework: "hummingbird", extensions: [".swift"], libraries: ["import Prometheus"]),
    ]

    package let id = "scale.red-metrics-missing"
    package let title = "Services expose Prometheus metrics and are scraped"
    package let severity = Severity.medium
    package let rationale =
        "Request rate, errors and duration per route (RED) are what an autoscaler target, an SLO or a capacity sheet is checked against in production. The service must expose them at /metrics (by route template, never the raw path) and its pods must be scraped: prometheus.io/scrape annotations or a ServiceMonitor/PodMonitor. No Polaris, kube-score, kube-linter or Checkov check looks at either."
    package let fixedBy = ["red-metrics"]
    package let effortHours = 3.0
    // None of the four tools checks metrics exposition or scrape configuration.
    package let peers = PeerCheckIDs()

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        var evidence: [Evidence] = []
        var applicable = false
        for package in context.stack.packages {
            guard let stack = Self.stacks.first(where: { $0.ecosystem == package.ecosystem && package.frameworks.contains($0.framework) }) else { continue }
            applicable = true
            if !Self.exposesMetrics(package, stack: stack, context: context) {
                evidence.append(
                    Evidence(
                        "\(package.name) (\(stack.ecosystem)-\(stack.framework)) exposes no Prometheus metrics: no client library (\(stack.described)) and no /metrics route in its sources",
                        path: package.manifest))
            }
        }
        let inventory = ScaleInventory.load(context)
        for workload in inventory.workloads where workload.containers.contains(where: { $0["ports"] != nil }) {
            applicable = true
            if !Self.isScraped(workload, inventory: inventory) {
                evidence.append(
                    Evidence(
                        "\(workload.reference) is not scraped: no \(Self.scrapeAnnotation): \"true\" on its pods or their Service, and no ServiceMonitor or PodMonitor selects it",
                        path: workload.path, line: workload.line))
            }
        }
        guard applicable else { return .notApplicable("no service of a supported stack (node-express, python-fastapi, go-chi, swift-hummingbird) and no serving workload") }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// True when a source of the package (tests left out) uses a Prometheus client library or routes `/metrics`.
    static func exposesMetrics(_ package: StackPackage, stack: Stack, context: AuditContext) -> Bool {
        let prefix = package.path.isEmpty ? "" : package.path + "/"
        for file in context.includedFiles where file.path.hasPrefix(prefix) && stack.extensions.contains(where: file.path.hasSuffix) {
            let components = file.path.split(separator: "/")
            if components.contains(where: { ["tests", "test", "Tests", "node_modules", "vendor", ".build"].contains($0) }) || file.path.hasSuffix("_test.go") { continue }
            guard let text = context.snapshot.text(file) else { continue }
            if stack.libraries.contains(where: text.contains) || text.contains("\"/metrics\"") || text.contains("'/metrics'") { return true }
        }
        return false
    }

    /// True when Prometheus is told to scrape the workload's pods: the annotation on the pods or on a Service
    /// that selects them, or a PodMonitor selecting the pods, or a ServiceMonitor selecting such a Service.
    static func isScraped(_ workload: ScaleWorkload, inventory: ScaleInventory) -> Bool {
        if workload.object["spec.template.metadata.annotations"]?[scrapeAnnotation]?.string == "true" { return true }
        let pods = workload.podLabels
        let services = inventory.objects.filter { object in
            guard object.kind == "Service", object.sharesNamespace(with: workload.object), let selector = object["spec.selector"]?.mapping, !selector.isEmpty else { return false }
            return selector.allSatisfy { key, value in key.string.map { pods[$0] == value.string } ?? false }
        }
        if services.contains(where: { $0["metadata.annotations"]?[scrapeAnnotation]?.string == "true" }) { return true }
        for monitor in inventory.objects where monitor.kind == "PodMonitor" || monitor.kind == "ServiceMonitor" {
            guard let selector = LabelSelector(monitor["spec.selector"]) else { continue }
            if monitor.kind == "PodMonitor", selector.matches(pods) { return true }
            if monitor.kind == "ServiceMonitor", services.contains(where: { selector.matches(labels(of: $0)) }) { return true }
        }
        return false
    }

    /// An object's `metadata.labels`.
    static func labels(of object: ScaleObject) -> [String: String] {
        var labels: [String: String] = [:]
        for (key, value) in object["metadata.labels"]?.mapping ?? [:] {
            if let key = key.string, let value = value.string { labels[key] = value }
        }
        return labels
    }

    package var examples: [CheckExample] {
        let fastapi = "fastapi==0.115.0\nuvicorn==0.30.0\n"
        let scraped = ScaleExampleFiles.deployment(podAnnotations: [(Self.scrapeAnnotation, "true"), ("prometheus.io/port", "8000")])
        return [
            CheckExample(
                "a FastAPI service with prometheus_client, its pods annotated for scraping", .pass,
                files: [
                    "requirements.txt": fastapi + "prometheus-client==0.26.0\n",
                    "app/main.py": "from fastapi import FastAPI\nfrom prometheus_client import make_asgi_app\n\napp = FastAPI()\napp.mount(\"/metrics\", make_asgi_app())\n",
                    "k8s/web.yaml": scraped,
                ]),
            CheckExample(
                "a Deployment selected through its Service by a ServiceMonitor", .pass,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(),
                    "k8s/service.yaml":
                        "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  selector: {app: web}\n  ports: [{name: http, port: 80, targetPort: 8000}]\n",
                    "k8s/monitor.yaml":
                        "apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  endpoints: [{port: http, path: /metrics}]\n",
                ]),
            CheckExample(
                "a FastAPI service without a metrics endpoint", .fail,
                files: ["requirements.txt": fastapi, "app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n", "k8s/web.yaml": scraped]),
            CheckExample("a Deployment nobody scrapes", .fail, files: ["k8s/web.yaml": ScaleExampleFiles.deployment()]),
            CheckExample("no service and no Deployment", .notApplicable, files: ["README.md": "# web\n"]),
        ]
    }
}
#endif
