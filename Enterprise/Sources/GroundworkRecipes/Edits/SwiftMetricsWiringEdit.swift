#if Enterprise
import Foundation
import GroundworkBricks

/// The red-metrics recipe's Swift edit (`recipes/red-metrics-swift`) of two files the swift-hummingbird
/// stack writes once: `Package.swift` gains swift-prometheus (a package dependency, and its `Prometheus`
/// product for the `App` target), and `Sources/App/App+build.swift` adds `RequestMetricsMiddleware` right
/// after the router is made (Hummingbird applies a middleware to the routes added after it). Either file
/// written otherwise gets a note, never a guess.
struct SwiftMetricsWiringEdit: InPlaceEdit {
    static let package = #".package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),"#
    static let product = #".product(name: "Prometheus", package: "swift-prometheus"),"#

    func apply(to text: String, path: String) throws -> EditResult {
        switch (path as NSString).lastPathComponent {
        case "Package.swift": return addPackage(text, path: path)
        case "App+build.swift": return addMiddleware(text, path: path)
        default: return EditResult(text: text)
        }
    }

    private func addPackage(_ text: String, path: String) -> EditResult {
        guard !text.contains("swift-prometheus") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let target = trimmed.firstIndex { $0.hasPrefix(".executableTarget(") }
        let end = target.flatMap { start in trimmed[(start + 1)...].firstIndex { $0.hasPrefix(".testTarget(") || $0.hasPrefix(".executableTarget(") || $0.hasPrefix(".target(") } }
        guard let lastPackage = trimmed.lastIndex(where: { $0.hasPrefix(".package(url:") }), let target,
            trimmed[target..<(end ?? trimmed.count)].contains(#"name: "App","#),
            let lastProduct = trimmed[target..<(end ?? trimmed.count)].lastIndex(where: { $0.hasPrefix(".product(name:") }),
            lastPackage < target
        else {
            return EditResult(
                text: text,
                notes: ["\(path): add the package swift-server/swift-prometheus 2.4.1 and its product Prometheus to the App target; the recipe did not recognise this manifest"])
        }
        for index in [lastProduct, lastPackage] where !trimmed[index].hasSuffix(",") { lines[index] += "," }
        lines.insert(String(lines[lastProduct].prefix { $0 == " " }) + Self.product, at: lastProduct + 1)
        lines.insert(String(lines[lastPackage].prefix { $0 == " " }) + Self.package, at: lastPackage + 1)
        return EditResult(text: lines.joined(separator: "\n"))
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
