#if Enterprise
import Foundation
import GroundworkBricks

/// The graceful-shutdown recipe's Node edit (`recipes/graceful-shutdown-node`): the entry point hands its
/// server and pool to `src/shutdown.js` instead of closing them on its own. It replaces the generated
/// services' three-line handler (`const stop = () => server.close(…)` and its two `process.on` lines) and
/// adds the `require`; an entry point written otherwise gets a note saying what to call, never a guess.
struct NodeShutdownWiringEdit: InPlaceEdit {
    static let requireLine = "const { gracefulShutdown } = require('./shutdown')"

    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains("require('./shutdown')") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let stop = trimmed.firstIndex(where: { $0.hasPrefix("const stop = () => server.close(") }),
            stop + 2 < lines.count, trimmed[stop + 1] == "process.on('SIGTERM', stop)", trimmed[stop + 2] == "process.on('SIGINT', stop)",
            let lastRequire = trimmed.lastIndex(where: { $0.hasPrefix("const ") && $0.contains("= require(") }), lastRequire < stop
        else {
            return EditResult(
                text: text,
                notes: [
                    "\(path): call gracefulShutdown(server, { log, close: () => pool.end() }) from src/shutdown.js where the server starts; the recipe did not recognise this entry point"
                ])
        }
        let indent = String(lines[stop].prefix { $0 == " " })
        let closer = trimmed[stop].contains("pool.end()") ? ", close: () => pool.end()" : ""
        lines.replaceSubrange(
            stop...(stop + 2),
            with: [
                "\(indent)// SIGTERM/SIGINT: readiness fails, in-flight requests finish, the pool closes (graceful-shutdown recipe).",
                "\(indent)gracefulShutdown(server, { log\(closer) })",
            ])
        lines.insert(Self.requireLine, at: lastRequire + 1)
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
