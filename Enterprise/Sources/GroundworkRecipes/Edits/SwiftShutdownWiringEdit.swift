#if Enterprise
import Foundation
import GroundworkBricks

/// The graceful-shutdown recipe's Swift edit (`recipes/graceful-shutdown-swift`) of the two files the
/// swift-hummingbird stack writes once: `Sources/App/App.swift` runs the application through
/// `GracefulShutdown` (a ServiceGroup whose readiness gate stops first) instead of `app.runService()`, and
/// `Sources/App/App+build.swift` adds `ShutdownMiddleware` outermost, right after the router is made.
/// Either file written otherwise gets a note, never a guess.
struct SwiftShutdownWiringEdit: InPlaceEdit {
    func apply(to text: String, path: String) throws -> EditResult {
        switch (path as NSString).lastPathComponent {
        case "App.swift": return runThroughGracefulShutdown(text, path: path)
        case "App+build.swift": return addMiddleware(text, path: path)
        default: return EditResult(text: text)
        }
    }

    private func runThroughGracefulShutdown(_ text: String, path: String) -> EditResult {
        guard !text.contains("GracefulShutdown(") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        guard let run = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "try await app.runService()" }) else {
            return EditResult(
                text: text,
                notes: [
                    "\(path): run the application with `try await GracefulShutdown(logger: app.logger).run(app)` (Sources/App/Lifecycle/GracefulShutdown.swift); the recipe did not find `try await app.runService()`"
                ])
        }
        let indent = String(lines[run].prefix { $0 == " " })
        lines.replaceSubrange(
            run...run,
            with: [
                "\(indent)// SIGTERM/SIGINT: readiness fails, in-flight requests finish, the pool closes (graceful-shutdown recipe).",
                "\(indent)try await GracefulShutdown(logger: app.logger).run(app)",
            ])
        return EditResult(text: lines.joined(separator: "\n"))
    }

    private func addMiddleware(_ text: String, path: String) -> EditResult {
        guard !text.contains("ShutdownMiddleware(") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        guard let router = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("let router = Router(") }) else {
            return EditResult(
                text: text,
                notes: [
                    "\(path): add `router.add(middleware: ShutdownMiddleware())` as the router's first middleware; the recipe did not find `let router = Router(…)`"
                ])
        }
        let indent = String(lines[router].prefix { $0 == " " })
        lines.insert(
            contentsOf: [
                "\(indent)// Outermost: readiness fails and connections close while the process shuts down (graceful-shutdown recipe).",
                "\(indent)router.add(middleware: ShutdownMiddleware())",
            ], at: router + 1)
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
