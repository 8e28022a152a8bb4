#if Enterprise
import Foundation
import GroundworkBricks

/// The red-metrics recipe's Swift edit (`recipes/red-metrics-swift`) of two files the swift-hummingbird
/// stack writes once: `Package.swift` gains swift-prometheus (a package dependency, and its `Prometheus`
/// product for the `App` target), and `Sources/App/App+build.swift` adds `RequestMetricsMiddleware` right
/// after the router is made (Hummingbird applies a middleware to the routes added after it). Either file
/// written otherwise gets a note, never a guess.
struct SwiftMetricsWiringEdit: InPlaceEdit {
    static let prometheus = SwiftPackageManifest.Dependency(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1", products: ["Prometheus"])

    func apply(to text: String, path: String) throws -> EditResult {
        switch (path as NSString).lastPathComponent {
        case "Package.swift": return addPackage(text, path: path)
        case "App+build.swift": return addMiddleware(text, path: path)
        default: return EditResult(text: text)
        }
    }

    private func addPackage(_ text: String, path: String) -> EditResult {
        SwiftPackageManifest.adding([Self.prometheus], to: text, path: path)
    }

    private func addMiddleware(_ text: String, path: String) -> EditResult {
        guard !text.contains("RequestMetricsMiddleware(") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        guard let router = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("let router = Router(") }) else {
            return EditResult(
                text: text,
                notes: ["\(path): add `router.add(middleware: RequestMetricsMiddleware())` as the router's first middleware; the recipe did not find `let router = Router(…)`"])
        }
        let indent = String(lines[router].prefix { $0 == " " })
        lines.insert(
            contentsOf: [
                "\(indent)// First, so that every route is measured: GET /metrics and request metrics by route template (red-metrics recipe).",
                "\(indent)router.add(middleware: RequestMetricsMiddleware())",
            ], at: router + 1)
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
