#if Enterprise
import Foundation
import GroundworkBricks

/// The workers recipe's Swift edit (`recipes/workers-swift`) of `Sources/App/App.swift`, which the
/// swift-hummingbird stack writes once. The queue connector's worker is a swift-service-lifecycle `Service`
/// (`QueueWorker`), not a program, and the image holds one executable (`/app/server`); so the executable gains
/// a `worker` mode beside `migrate`: `App worker` runs `QueueWorker` with `Jobs.handlers` under a ServiceGroup
/// until SIGTERM, and the worker Deployment's command is `/app/server worker`. The service's Dockerfile and
/// Package.swift stay as they are. An App.swift written otherwise gets a note, never a guess.
struct SwiftWorkerModeEdit: InPlaceEdit {
    /// The file the queue connector writes for its Swift worker: the edit applies only when it is there.
    static let queueWorker = "Sources/App/Connectors/Queue/QueueWorker.swift"
    /// The imports the worker mode needs (Logging for the model-less App.swift, which does not import it).
    static let imports = ["Logging", "ServiceLifecycle"]

    var worker: WorkerEntryPoint?

    func apply(to text: String, path: String) throws -> EditResult {
        guard worker?.path == Self.queueWorker, !text.contains(#"first == "worker""#) else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        guard let main = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("static func main()") }),
            let start = lines[main...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("let app = ") }),
            let type = lines[..<main].lastIndex(where: { $0.hasPrefix("struct ") && $0.hasSuffix("{") }),
            let end = lines[main...].firstIndex(of: "}"), lines[type..<main].allSatisfy({ $0 != "}" })
        else {
            return EditResult(
                text: text,
                notes: [
                    "\(path): give the executable a `worker` mode that runs `QueueWorker(queue: try await RedisJobQueue.fromEnvironment(), handlers: Jobs.handlers(logger: logger))` in a ServiceGroup until SIGTERM; the worker Deployment runs `/app/server worker`. The recipe did not find `static func main()` with `let app = …` in a top-level struct"
                ])
        }
        let indent = String(lines[start].prefix { $0 == " " })
        let member = String(lines[main].prefix { $0 == " " })
        // Bottom up, so that the indexes above stay valid.
        lines.insert(
            contentsOf: [
                "",
                "\(member)/// `App worker`: the queue's jobs (`Jobs.handlers`) in a process of their own, until SIGTERM or SIGINT;",
                "\(member)/// the job in hand is finished first. The worker Deployment's command (workers recipe).",
                "\(member)static func work() async throws {",
                "\(member)    let logger = Logger(label: \"worker\")",
                "\(member)    let queue = try await RedisJobQueue.fromEnvironment()",
                "\(member)    let worker = QueueWorker(queue: queue, handlers: Jobs.handlers(logger: logger), logger: logger)",
                "\(member)    let services = ServiceGroup(services: [worker], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)",
                "\(member)    try await services.run()",
                "\(member)}",
            ], at: end)
        lines.insert(
            contentsOf: [
                "\(indent)// The queue's jobs run in pods of their own: the worker Deployment starts `App worker` (workers recipe).",
                "\(indent)if CommandLine.arguments.dropFirst().first == \"worker\" {",
                "\(indent)    try await work()",
                "\(indent)    return",
                "\(indent)}",
            ], at: start)
        Self.addImports(Self.imports, to: &lines)
        return EditResult(text: lines.joined(separator: "\n"))
    }

    /// Adds each missing `import` to the file's imports, keeping them in order (swift-format's OrderedImports).
    static func addImports(_ modules: [String], to lines: inout [String]) {
        for module in modules where !lines.contains("import \(module)") {
            let imports = lines.indices.filter { lines[$0].hasPrefix("import ") }
            let after = imports.last { lines[$0].dropFirst("import ".count) < module[...] }
            let at = after.map { $0 + 1 } ?? imports.first ?? 0
            lines.insert("import \(module)", at: at)
        }
    }
}
#endif
