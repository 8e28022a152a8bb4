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

    /// `app = create_app()` at the top of a module: the application factory pattern (Flask documents it, and
    /// FastAPI projects use it), the factory imported by name from the project.
    private static let factoryCall = try? NSRegularExpression(
        pattern: #"^app\s*=\s*(create_app|make_app|build_app|get_app|get_application)\("#, options: .anchorsMatchLines
    )

    /// True when `text` builds its `app` at module level through an application factory it imports.
    static func callsApplicationFactory(_ text: String) -> Bool {
        guard let factoryCall, let match = factoryCall.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return false }
        let factory = text[range]
        return text.split(separator: "\n").contains { $0.hasPrefix("from ") && $0.contains(" import ") && $0.contains(factory) }
    }

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
