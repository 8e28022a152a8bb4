#if Enterprise
import Foundation
import GroundworkBricks

/// The red-metrics recipe's Python edit (`recipes/red-metrics-python`): the application uvicorn serves
/// (`app/main.py`) is handed to `instrument` from `app/metrics.py`. The `create_app(…)` call of the
/// `app = …` line is wrapped (also inside `graceful_shutdown(…)`), and the import goes beside the other
/// `app.` imports where isort puts it; an entry point written otherwise gets a note, never a guess.
struct PythonMetricsWiringEdit: InPlaceEdit {
    static let module = "app.metrics"
    static let importLine = "from app.metrics import instrument"

    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains(Self.importLine) else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        let imports = lines.indices.filter { lines[$0].hasPrefix("from app.") && lines[$0].contains(" import ") }
        guard let assignment = lines.firstIndex(where: { $0.hasPrefix("app = ") && $0.hasSuffix(")") && $0.contains("create_app(") }),
            let call = Self.callRange(of: "create_app(", in: lines[assignment]),
            let lastImport = imports.last, lastImport < assignment
        else {
            return EditResult(
                text: text,
                notes: ["\(path): pass the application uvicorn serves to instrument(app) from app/metrics.py; the recipe did not recognise this entry point"])
        }
        var line = lines[assignment]
        line.replaceSubrange(call, with: "instrument(\(line[call]))")
        lines[assignment] = line
        lines.insert("# Request metrics at /metrics and OpenTelemetry traces (red-metrics recipe).", at: assignment)
        let position = imports.first { PythonShutdownWiringEdit.importedModule(lines[$0]) > Self.module } ?? lastImport + 1
        lines.insert(Self.importLine, at: position)
        return EditResult(text: lines.joined(separator: "\n"))
    }

    /// The range of the call that starts with `opening` (`create_app(`) up to its balanced closing parenthesis.
    static func callRange(of opening: String, in line: String) -> Range<String.Index>? {
        guard let start = line.range(of: opening) else { return nil }
        var depth = 1
        var index = start.upperBound
        while index < line.endIndex {
            if line[index] == "(" { depth += 1 }
            if line[index] == ")" {
                depth -= 1
                if depth == 0 { return start.lowerBound..<line.index(after: index) }
            }
            index = line.index(after: index)
        }
        return nil
    }
}
#endif
