#if Enterprise
import Foundation
import GroundworkBricks

/// The red-metrics recipe's Swift edit (`recipes/red-metrics-swift`) of two files the swift-hummingbird
/// stack writes once: `Package.swift` gains swift-prometheus, swift-otel (its OTLP/HTTP exporter only, the
/// `OTLPHTTP` trait, which needs swift-tools-version 6.1: an older manifest's version is raised to it) and
/// swift-service-lifecycle, with their products for the `App` target; `Sources/App/App+build.swift` adds
/// `RequestMetricsMiddleware` right after the router is made (Hummingbird applies a middleware to the routes
/// added after it) and `RequestTracingMiddleware` after it, and runs the tracing backend
/// (`RequestTracing.bootstrap()`, nil without an OTLP endpoint) with the application's services. A file
/// wired by the recipe's first version (metrics only) gains the tracing lines. Either file written otherwise
/// gets a note, never a guess.
struct SwiftMetricsWiringEdit: InPlaceEdit {
    static let prometheus = SwiftPackageManifest.Dependency(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1", products: ["Prometheus"])
    static let otel = SwiftPackageManifest.Dependency(url: "https://github.com/swift-otel/swift-otel.git", from: "1.6.0", products: ["OTel"])
    static let serviceLifecycle = SwiftPackageManifest.Dependency(
        url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0", products: ["ServiceLifecycle"])
    /// The manifest version that package traits need.
    static let traitsToolsVersion = "6.1"

    func apply(to text: String, path: String) throws -> EditResult {
        switch (path as NSString).lastPathComponent {
        case "Package.swift": return addPackages(text, path: path)
        case "App+build.swift": return addMiddleware(text, path: path)
        default: return EditResult(text: text)
        }
    }

    private func addPackages(_ text: String, path: String) -> EditResult {
        let added = SwiftPackageManifest.adding([Self.prometheus, Self.otel, Self.serviceLifecycle], to: text, path: path)
        guard added.notes.isEmpty else { return added }
        var lines = added.text.components(separatedBy: "\n")
        // Only the OTLP/HTTP exporter: the default traits would build the gRPC one too (grpc-swift 2 and its NIO transport).
        let otelLine = #".package(url: "\#(Self.otel.url)", from: "\#(Self.otel.from)"),"#
        if let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == otelLine }) {
            lines[index] = lines[index].replacingOccurrences(of: "\"),", with: "\", traits: [\"OTLPHTTP\"]),")
        }
        guard let first = lines.first, first.hasPrefix("// swift-tools-version:") else {
            return EditResult(
                text: lines.joined(separator: "\n"),
                notes: ["\(path): the swift-otel package's OTLPHTTP trait needs `// swift-tools-version:\(Self.traitsToolsVersion)` or later; the recipe did not find the manifest's version line"])
        }
        let version = first.dropFirst("// swift-tools-version:".count).trimmingCharacters(in: .whitespaces)
        if version.compare(Self.traitsToolsVersion, options: .numeric) == .orderedAscending {
            lines[0] = "// swift-tools-version:\(Self.traitsToolsVersion)"
        }
        return EditResult(text: lines.joined(separator: "\n"))
    }

    private func addMiddleware(_ text: String, path: String) -> EditResult {
        guard !(text.contains("RequestTracingMiddleware(") && text.contains("RequestTracing.bootstrap(")) else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let router = trimmed.firstIndex(where: { $0.hasPrefix("let router = Router(") }),
            let services = trimmed.firstIndex(of: "app.addServices(client)")
        else {
            return EditResult(
                text: text,
                notes: [
                    "\(path): add `router.add(middleware: RequestMetricsMiddleware())` and `router.add(middleware: RequestTracingMiddleware())` as the router's first middleware, and run `RequestTracing.bootstrap()`'s service (when not nil) with the application's; the recipe did not find `let router = Router(…)` and `app.addServices(client)`"
                ])
        }
        let indent = String(lines[router].prefix { $0 == " " })
        // Inserted from the bottom up, so that the earlier index stays valid.
        let metrics = trimmed.firstIndex(of: "router.add(middleware: RequestMetricsMiddleware())")
        var middleware = [
            "\(indent)// First, so that every route is measured: GET /metrics and request metrics by route template (red-metrics recipe).",
            "\(indent)router.add(middleware: RequestMetricsMiddleware())",
        ]
        if metrics != nil { middleware = [] }
        if !text.contains("RequestTracingMiddleware(") { middleware.append("\(indent)router.add(middleware: RequestTracingMiddleware())") }
        let serviceIndent = String(lines[services].prefix { $0 == " " })
        let tracing =
            text.contains("RequestTracing.bootstrap(")
            ? []
            : [
                "\(serviceIndent)// Traces over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set (red-metrics recipe).",
                "\(serviceIndent)if let tracing = try RequestTracing.bootstrap() {",
                "\(serviceIndent)    app.addServices(tracing)",
                "\(serviceIndent)}",
            ]
        let middlewareAt = (metrics ?? router) + 1
        if services > middlewareAt {
            lines.insert(contentsOf: tracing, at: services + 1)
            lines.insert(contentsOf: middleware, at: middlewareAt)
        } else {
            lines.insert(contentsOf: middleware, at: middlewareAt)
            lines.insert(contentsOf: tracing, at: services + 1)
        }
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
