#if Enterprise
import Foundation
import GroundworkBricks

/// The red-metrics recipe's Node edit (`recipes/red-metrics-node`): the application the entry point starts
/// (`createApp(…).listen(…)` in `src/index.js`) is handed to `instrument` from `src/metrics.js` first, and
/// the `require` goes after the last local one; `require('./tracing').startTracing()` comes before every other
/// `require` (OpenTelemetry instruments http and express as they load). An entry point wired by the recipe's
/// first version (metrics only) gains the tracing line. An entry point written otherwise gets a note, never a guess.
struct NodeMetricsWiringEdit: InPlaceEdit {
    static let requireLine = "const { instrument } = require('./metrics')"
    static let tracingLines = [
        "// First, so that OpenTelemetry can instrument http and express as they load (red-metrics recipe).",
        "require('./tracing').startTracing()",
        "",
    ]

    func apply(to text: String, path: String) throws -> EditResult {
        guard text.contains("require('./metrics')") else { return addMetrics(text, path: path) }
        return addTracing(text, path: path)
    }

    /// `text` with the tracing lines before its first `require`, unless it has them.
    private func addTracing(_ text: String, path: String) -> EditResult {
        guard !text.contains("require('./tracing')") else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        guard let first = lines.firstIndex(where: { $0.hasPrefix("const ") && $0.contains("= require(") }) else {
            return EditResult(
                text: text, notes: ["\(path): call require('./tracing').startTracing() before the other requires; the recipe did not find them"])
        }
        lines.insert(contentsOf: Self.tracingLines, at: first)
        return EditResult(text: lines.joined(separator: "\n"))
    }

    private func addMetrics(_ text: String, path: String) -> EditResult {
        var lines = text.components(separatedBy: "\n")
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = trimmed.firstIndex(where: { $0.contains("createApp(") && $0.contains(").listen(") }),
            let call = PythonMetricsWiringEdit.callRange(of: "createApp(", in: lines[start]),
            let lastRequire = trimmed.lastIndex(where: { $0.hasPrefix("const ") && $0.contains("= require('./") }), lastRequire < start
        else {
            return EditResult(
                text: text,
                notes: ["\(path): pass the Express application to instrument(app) from src/metrics.js before it listens; the recipe did not recognise this entry point"])
        }
        var line = lines[start]
        line.replaceSubrange(call, with: "instrument(\(line[call]))")
        lines[start] = line
        lines.insert("\(String(line.prefix { $0 == " " }))// GET /metrics and request metrics by route template (red-metrics recipe).", at: start)
        lines.insert(Self.requireLine, at: lastRequire + 1)
        return addTracing(lines.joined(separator: "\n"), path: path)
    }
}
#endif
