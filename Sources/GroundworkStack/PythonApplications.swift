import Foundation

/// Finds the Python modules that create a web (or gRPC) application object: the files a server runs.
///
/// Creating the object is not enough: frameworks define those classes and show them off in docstrings.
/// So the call must be an assignment outside a docstring, in a module that imports the framework,
/// and the framework must not be the package itself.
enum PythonApplications {
    /// Constructor (as called, possibly qualified) and the module it comes from.
    private static let constructors: [(callee: String, module: String)] = [
        ("FastAPI", "fastapi"), ("Flask", "flask"), ("Quart", "quart"), ("Starlette", "starlette"), ("Litestar", "litestar"),
        ("Sanic", "sanic"), ("web.Application", "aiohttp"), ("tornado.web.Application", "tornado"), ("falcon.App", "falcon"),
        ("get_wsgi_application", "django"), ("get_asgi_application", "django"), ("grpc.server", "grpc"), ("grpc.aio.server", "grpc"),
    ]

    /// `app = Flask(__name__)`, `application: ASGIApp = get_asgi_application()`, `server = grpc.server(…)`.
    private static let assignment = try? NSRegularExpression(
        pattern: #"^\s*[A-Za-z_][\w.]*(?:\s*:[^=]+)?\s*=\s*(?:await\s+)?([A-Za-z_][\w.]*)\("#
    )

    /// True when `text` creates an application object of a framework it imports, other than `ownModule`.
    static func createsApplication(_ text: String, ownModule: String?) -> Bool {
        guard let assignment, TextSearch.containsAny(text, constructors.map { $0.callee + "(" }) else { return false }
        var inDocstring = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let quotes = line.components(separatedBy: "\"\"\"").count - 1 + line.components(separatedBy: "'''").count - 1
            if quotes % 2 == 1 { inDocstring.toggle() }
            guard !inDocstring, quotes == 0, line.contains("=") else { continue }
            let candidate = String(line)
            guard let match = assignment.firstMatch(in: candidate, range: NSRange(candidate.startIndex..., in: candidate)),
                let range = Range(match.range(at: 1), in: candidate)
            else { continue }
            let callee = candidate[range]
            for constructor in constructors where callee == constructor.callee || callee.hasSuffix("." + constructor.callee) {
                guard constructor.module != ownModule else { continue }
                if TextSearch.containsAny(text, ["import \(constructor.module)", "from \(constructor.module)"]) { return true }
            }
        }
        return false
    }
}
