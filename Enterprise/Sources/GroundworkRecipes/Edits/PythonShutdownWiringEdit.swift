#if Enterprise
import Foundation
import GroundworkBricks

/// The graceful-shutdown recipe's Python edit (`recipes/graceful-shutdown-python`): the entry point uvicorn
/// loads (`app/main.py`, `uvicorn app.main:app`) hands the application to `app/shutdown.py`. It wraps the
/// generated one-line `app = create_app(…)` (or that call already wrapped, as red-metrics does) in `graceful_shutdown(…)` and imports it beside the other
/// `app.` imports, where isort puts it; an entry point written otherwise gets a note, never a guess.
struct PythonShutdownWiringEdit: InPlaceEdit {
    static let module = "app.shutdown"
    static let importLine = "from app.shutdown import graceful_shutdown"

    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains(Self.importLine) else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        let imports = lines.indices.filter { lines[$0].hasPrefix("from app.") && lines[$0].contains(" import ") }
        // `app = create_app(…)` as generated, or already wrapped by another recipe (`instrument(create_app(…))`).
        guard let assignment = lines.firstIndex(where: { $0.hasPrefix("app = ") && $0.hasSuffix(")") && $0.contains("create_app(") }),
            let lastImport = imports.last, lastImport < assignment
        else {
            return EditResult(
                text: text,
                notes: [
                    "\(path): wrap the application uvicorn serves in graceful_shutdown(app) from app/shutdown.py; the recipe did not recognise this entry point"
                ])
        }
        let call = lines[assignment].dropFirst("app = ".count)
        lines[assignment] = "app = graceful_shutdown(\(call))"
        lines.insert("# SIGTERM: readiness fails, in-flight requests finish, the engine is disposed of (graceful-shutdown recipe).", at: assignment)
        // isort order: before the first `from app.…` import whose module sorts after app.shutdown.
        let position = imports.first { Self.importedModule(lines[$0]) > Self.module } ?? lastImport + 1
        lines.insert(Self.importLine, at: position)
        return EditResult(text: lines.joined(separator: "\n"))
    }

    /// `app.core.application` for `from app.core.application import create_app`.
    static func importedModule(_ line: String) -> String {
        String(line.dropFirst("from ".count).prefix { $0 != " " })
    }
}
#endif
