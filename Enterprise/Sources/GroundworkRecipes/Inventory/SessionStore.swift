#if Enterprise
import Foundation
import GroundworkAuditModel

/// Where an application keeps its server-side sessions (or a cache its processes share), as recognised in
/// one source file: a library's in-memory or file store, or a store every process reaches (Redis, a
/// database, a signed cookie). `scale.sessions-in-process` reads these; the stateless-sessions recipe's
/// edits move the in-process ones to Redis. docs/recipes.md lists exactly what is recognised.
package struct SessionStore: Sendable, Equatable {
    /// Where the data lives.
    package enum Place: String, Sendable {
        /// The memory of one process: another replica does not see it.
        case processMemory = "the process's memory"
        /// A file of one pod: another replica does not see it, and a restart loses it.
        case localDisk = "the pod's local disk"
        /// Something every process reaches, or nothing at all server-side (a signed cookie).
        case shared = "a shared store"
    }

    /// The source file.
    package var path: String
    /// The line the store is chosen (or left to its default) on.
    package var line: Int
    /// `express-session`, `Flask-Session`, `Django sessions`…
    package var library: String
    package var place: Place
    /// What was seen, for evidence: `express-session without a store (MemoryStore)`.
    package var detail: String

    /// True when another process cannot see what this one stores.
    package var isLocal: Bool { place != .shared }

    /// Path components and file names whose code is not the application's running code.
    static let skippedDirectories: Set<String> = ["node_modules", "vendor", ".build", "dist", "build", "test", "tests", "Tests", "__tests__", "spec", "testdata", "site-packages", ".venv"]

    /// True when `path` is application code of a stack the recogniser reads (tests and vendored code left out).
    package static func isApplicationSource(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        if components.dropLast().contains(where: { skippedDirectories.contains(String($0)) }) { return false }
        let name = String(components.last ?? "")
        if name.hasSuffix("_test.go") || name.hasPrefix("test_") || name.hasSuffix("_test.py") || name == "conftest.py" { return false }
        if name.contains(".test.") || name.contains(".spec.") { return false }
        return ecosystem(of: name) != nil
    }

    /// The brick ecosystem (`node`, `python`, `go`, `swift`) whose recogniser reads `path`, by its extension.
    package static func ecosystem(of path: String) -> String? {
        switch (path as NSString).pathExtension {
        case "js", "mjs", "cjs", "ts": "node"
        case "py": "python"
        case "go": "go"
        case "swift": "swift"
        default: nil
        }
    }

    /// The stores recognised in one file's text.
    package static func recognise(_ text: String, path: String) -> [SessionStore] {
        let source = SourceText(text)
        switch ecosystem(of: path) {
        case "node": return node(source, path: path)
        case "python": return python(source, path: path)
        case "go": return go(source, path: path)
        case "swift": return swift(source, path: path)
        default: return []
        }
    }

    /// The stores recognised in the application sources among `files` of `snapshot`.
    package static func recognise(_ files: [SnapshotFile], of snapshot: RepoSnapshot) -> [SessionStore] {
        files.filter { isApplicationSource($0.path) }.flatMap { file in
            snapshot.text(file).map { recognise($0, path: file.path) } ?? []
        }
    }

    /// The stores one recogniser finds in one file.
    struct Found {
        var source: SourceText
        var path: String
        var stores: [SessionStore] = []

        mutating func add(_ index: String.Index, _ library: String, _ place: Place, _ detail: String) {
            stores.append(SessionStore(path: path, line: source.line(at: index), library: library, place: place, detail: detail))
        }
    }

    // MARK: Node

    /// express-session (its MemoryStore when no `store` is given, or `new session.MemoryStore()`),
    /// memorystore, session-file-store; cookie-session and other express-session stores are shared.
    static func node(_ source: SourceText, path: String) -> [SessionStore] {
        var found = Found(source: source, path: path)
        if let name = source.nodeImport(of: "express-session") {
            for call in source.calls(of: name) {
                guard let options = call.arguments, options.hasPrefix("{") else { continue }
                guard let store = SourceText.objectValue(of: "store", in: options) else {
                    found.add(call.start, "express-session", .processMemory, "express-session without a store (its MemoryStore)")
                    continue
                }
                // A memorystore or session-file-store store is reported at its import, below.
                if source.nodeImportIndex(of: "memorystore") != nil || source.nodeImportIndex(of: "session-file-store") != nil { continue }
                if store.contains("MemoryStore(") {
                    found.add(call.start, "express-session", .processMemory, "express-session with its MemoryStore")
                } else {
                    found.add(call.start, "express-session", .shared, "express-session with store \(store.prefix(60))")
                }
            }
        }
        for module in ["memorystore", "session-file-store"] {
            guard let index = source.nodeImportIndex(of: module) else { continue }
            if module == "memorystore" {
                found.add(index, module, .processMemory, "memorystore (an LRU cache in the process)")
            } else {
                found.add(index, module, .localDisk, "session-file-store (session files on the pod's disk)")
            }
        }
        if let index = source.nodeImportIndex(of: "cookie-session") {
            found.add(index, "cookie-session", .shared, "cookie-session (the session is a signed cookie)")
        }
        return found.stores
    }

    // MARK: Python

    /// Flask-Session's SESSION_TYPE, Django's SESSION_ENGINE with its CACHES, Django caches in locmem or
    /// files, fastapi-sessions' InMemoryBackend; Starlette's SessionMiddleware is a signed cookie.
    static func python(_ source: SourceText, path: String) -> [SessionStore] {
        var found = Found(source: source, path: path)
        for match in source.matches(#"SESSION_TYPE["']?\]?\s*[=:]\s*["'](\w+)["']"#) {
            let value = match.groups[0]
            switch value {
            case "filesystem": found.add(match.start, "Flask-Session", .localDisk, "Flask-Session SESSION_TYPE \"filesystem\"")
            case "cachelib": found.add(match.start, "Flask-Session", .localDisk, "Flask-Session SESSION_TYPE \"cachelib\" (a FileSystemCache unless SESSION_CACHELIB says otherwise)")
            case "null": found.add(match.start, "Flask-Session", .processMemory, "Flask-Session SESSION_TYPE \"null\" (no store)")
            default: found.add(match.start, "Flask-Session", .shared, "Flask-Session SESSION_TYPE \"\(value)\"")
            }
        }
        let cache = djangoDefaultCache(source)
        var sessionsInCache = false
        for match in source.matches(#"SESSION_ENGINE\s*=\s*["']django\.contrib\.sessions\.backends\.(\w+)["']"#) {
            switch match.groups[0] {
            case "file": found.add(match.start, "Django sessions", .localDisk, "Django SESSION_ENGINE file")
            case "cache", "cached_db":
                sessionsInCache = true
                let engine = match.groups[0]
                switch cache?.backend {
                case nil, "locmem.LocMemCache"?:
                    let written = cache == nil ? "CACHES unset: LocMemCache" : "CACHES default LocMemCache"
                    found.add(match.start, "Django sessions", .processMemory, "Django SESSION_ENGINE \(engine) with \(written)")
                case "filebased.FileBasedCache"?: found.add(match.start, "Django sessions", .localDisk, "Django SESSION_ENGINE \(engine) with a FileBasedCache")
                case "dummy.DummyCache"?: found.add(match.start, "Django sessions", .processMemory, "Django SESSION_ENGINE \(engine) with a DummyCache (nothing kept)")
                case let backend?: found.add(match.start, "Django sessions", .shared, "Django SESSION_ENGINE \(engine) with \(backend)")
                }
            default: found.add(match.start, "Django sessions", .shared, "Django SESSION_ENGINE \(match.groups[0])")
            }
        }
        if !sessionsInCache, let cache, let index = cache.index {
            switch cache.backend {
            case "locmem.LocMemCache": found.add(index, "Django cache", .processMemory, "Django CACHES default LocMemCache (each process caches alone)")
            case "filebased.FileBasedCache": found.add(index, "Django cache", .localDisk, "Django CACHES default FileBasedCache")
            default: break
            }
        }
        if source.text.contains("fastapi_sessions"), let index = source.text.range(of: "InMemoryBackend[")?.lowerBound ?? source.text.range(of: "InMemoryBackend(")?.lowerBound {
            found.add(index, "fastapi-sessions", .processMemory, "fastapi-sessions InMemoryBackend")
        }
        if source.text.contains("starlette.middleware.sessions"), let index = source.text.range(of: "SessionMiddleware")?.lowerBound {
            found.add(index, "Starlette sessions", .shared, "Starlette SessionMiddleware (the session is a signed cookie)")
        }
        return found.stores
    }

    /// The `default` cache of a Django settings file: its BACKEND after `django.core.cache.backends.`,
    /// and where; nil when the file sets no CACHES (Django then uses a LocMemCache).
    static func djangoDefaultCache(_ source: SourceText) -> (backend: String, index: String.Index?)? {
        guard let caches = source.text.range(of: #"(?m)^CACHES\s*="#, options: .regularExpression) else { return nil }
        let rest = SourceText(String(source.text[caches.upperBound...]))
        guard let match = rest.matches(#"["']BACKEND["']\s*:\s*["']django\.core\.cache\.backends\.([\w.]+)["']"#).first else { return ("custom", caches.lowerBound) }
        let offset = rest.text.distance(from: rest.text.startIndex, to: match.start)
        return (match.groups[0], source.text.index(caches.upperBound, offsetBy: offset))
    }

    // MARK: Go

    /// alexedwards/scs without a Store (memstore) or with memstore; gorilla/sessions' FilesystemStore; its
    /// CookieStore is a signed cookie, boj/redistore is Redis.
    static func go(_ source: SourceText, path: String) -> [SessionStore] {
        var found = Found(source: source, path: path)
        if source.text.contains("\"github.com/alexedwards/scs/v2\"") {
            let assignments = source.matches(#"\.Store\s*=\s*([\w.]+)\("#)
            if let memstore = assignments.first(where: { $0.groups[0] == "memstore.New" }) {
                found.add(memstore.start, "scs", .processMemory, "scs with memstore")
            } else if assignments.isEmpty, let index = source.text.range(of: "scs.New()")?.lowerBound {
                found.add(index, "scs", .processMemory, "scs.New() without a Store (memstore)")
            } else if let store = assignments.first {
                found.add(store.start, "scs", .shared, "scs with \(store.groups[0])")
            }
        }
        if let index = source.text.range(of: "sessions.NewFilesystemStore(")?.lowerBound {
            found.add(index, "gorilla/sessions", .localDisk, "gorilla/sessions NewFilesystemStore")
        }
        if let index = source.text.range(of: "redistore.NewRediStore")?.lowerBound {
            found.add(index, "gorilla/sessions", .shared, "gorilla/sessions on boj/redistore (Redis)")
        }
        if let index = source.text.range(of: "sessions.NewCookieStore(")?.lowerBound {
            found.add(index, "gorilla/sessions", .shared, "gorilla/sessions NewCookieStore (the session is a signed cookie)")
        }
        return found.stores
    }

    // MARK: Swift

    /// Hummingbird's SessionMiddleware or SessionStorage over a MemoryPersistDriver (in the same file), or over
    /// a driver every process reaches (Redis, as the recipe's or hummingbird-redis's, Valkey, PostgreSQL);
    /// Vapor's `app.sessions.use(.memory)`, or its sessions middleware with no driver chosen in the file.
    static func swift(_ source: SourceText, path: String) -> [SessionStore] {
        var found = Found(source: source, path: path)
        let text = source.text
        if text.contains("SessionMiddleware") || text.contains("SessionStorage(") {
            if let index = text.range(of: "MemoryPersistDriver(")?.lowerBound {
                found.add(index, "Hummingbird sessions", .processMemory, "Hummingbird sessions on a MemoryPersistDriver")
            }
            for driver in ["RedisPersistDriver(", "ValkeyPersistDriver(", "PostgresPersistDriver("] {
                guard let index = text.range(of: driver)?.lowerBound else { continue }
                found.add(index, "Hummingbird sessions", .shared, "Hummingbird sessions on a \(driver.dropLast())")
            }
        }
        if let index = text.range(of: "app.sessions.use(.memory)")?.lowerBound {
            found.add(index, "Vapor sessions", .processMemory, "Vapor app.sessions.use(.memory)")
        } else if let index = text.range(of: "app.sessions.middleware")?.lowerBound {
            if let driver = text.range(of: "app.sessions.use(") {
                found.add(driver.lowerBound, "Vapor sessions", .shared, "Vapor sessions with a configured driver")
            } else {
                found.add(index, "Vapor sessions", .processMemory, "Vapor sessions middleware with the default driver (memory)")
            }
        }
        return found.stores
    }
}
#endif
