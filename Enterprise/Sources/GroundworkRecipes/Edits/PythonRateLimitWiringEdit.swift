#if Enterprise
import Foundation
import GroundworkBricks

/// The rate-limit recipe's Python edit (`recipes/rate-limit-python`): the generated application factory
/// (`app/core/application.py`) adds `RedisRateLimitMiddleware` from `app/core/rate_limit_redis.py` in place of
/// the in-process `RateLimitMiddleware`, with the same settings. The import goes where isort puts it, the
/// name the factory no longer uses leaves the `app.core.middleware` import, and the call is laid out as Ruff
/// formats it. A factory written otherwise gets a note, never a guess.
struct PythonRateLimitWiringEdit: InPlaceEdit {
    static let module = "app.core.rate_limit_redis"
    static let importLine = "from app.core.rate_limit_redis import RedisRateLimitMiddleware"
    static let call = "app.add_middleware(RateLimitMiddleware, "

    func apply(to text: String, path: String) throws -> EditResult {
        guard !text.contains(Self.importLine) else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        let imports = lines.indices.filter { lines[$0].hasPrefix("from app.") && lines[$0].contains(" import ") }
        guard let use = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(Self.call) && $0.hasSuffix(")") }),
            let name = lines.firstIndex(where: { $0 == "    RateLimitMiddleware," }),
            let lastImport = imports.last, lastImport < use
        else {
            return EditResult(
                text: text,
                notes: ["\(path): add RedisRateLimitMiddleware from app/core/rate_limit_redis.py in place of RateLimitMiddleware; the recipe did not recognise this application"])
        }
        let indent = String(lines[use].prefix { $0 == " " })
        let arguments = lines[use].trimmingCharacters(in: .whitespaces).dropFirst(Self.call.count).dropLast()
        lines.replaceSubrange(use...use, with: ["\(indent)app.add_middleware(", "\(indent)    RedisRateLimitMiddleware, \(arguments)", "\(indent))"])
        lines.remove(at: name)
        let moduleImports = lines.indices.filter { lines[$0].hasPrefix("from app.") && lines[$0].contains(" import ") }
        let position = moduleImports.first { PythonShutdownWiringEdit.importedModule(lines[$0]) > Self.module } ?? (moduleImports.last ?? lastImport) + 1
        lines.insert(Self.importLine, at: position)
        return EditResult(text: lines.joined(separator: "\n"))
    }
}
#endif
