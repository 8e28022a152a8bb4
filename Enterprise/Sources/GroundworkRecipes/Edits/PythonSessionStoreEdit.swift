#if Enterprise
import Foundation
import GroundworkBricks

/// The stateless-sessions recipe's Python edit (`recipes/stateless-sessions-python`):
/// - Flask-Session: each one-line `SESSION_TYPE` of `filesystem`, `cachelib` or `null` (as a setting, a
///   config item, a dict entry or a keyword) becomes `redis`, and the same form on the next line gives
///   `SESSION_REDIS` a client for REDIS_URL;
/// - Django: SESSION_ENGINE `file` becomes `cache`, and the default cache becomes Django's own RedisCache
///   at REDIS_URL: a `CACHES` appended when the settings set none, or the `BACKEND` (and `LOCATION`) lines of
///   a LocMemCache, FileBasedCache or DummyCache replaced.
/// `import os` and `from redis import Redis` are added after the imports when missing. fastapi-sessions'
/// InMemoryBackend and any other shape get a note, never a guess.
struct PythonSessionStoreEdit: InPlaceEdit {
    static let redisURL = #"os.environ.get("REDIS_URL", "redis://localhost:6379")"#
    static let redisCache = "django.core.cache.backends.redis.RedisCache"

    func apply(to text: String, path: String) throws -> EditResult {
        guard SessionStore.isApplicationSource(path) else { return EditResult(text: text) }
        let local = SessionStore.python(SourceText(text), path: path).filter(\.isLocal)
        guard !local.isEmpty else { return EditResult(text: text) }
        var lines = text.components(separatedBy: "\n")
        var notes: [String] = []
        var imports: [String] = []
        var appended: [String] = []
        var changed = false
        var djangoChanged = false
        for store in local {
            let index = store.line - 1
            switch store.library {
            case "Flask-Session":
                let line = lines[index]
                // One setting on the line (`{…}` or a second item would be duplicated with it).
                let single = line.trimmingCharacters(in: .whitespaces)
                guard let value = line.range(of: #"["'](filesystem|cachelib|null)["']"#, options: .regularExpression), line.contains("SESSION_TYPE"),
                    !text.contains("SESSION_REDIS"), !single.contains("{"), !(single.hasSuffix(",") ? single.dropLast() : Substring(single)).contains(",")
                else {
                    notes.append("\(path):\(store.line): \(store.detail) left as it is: set SESSION_TYPE \"redis\" and SESSION_REDIS = Redis.from_url(REDIS_URL) by hand")
                    continue
                }
                var redis = line
                redis.replaceSubrange(value, with: "Redis.from_url(\(Self.redisURL))")
                redis = redis.replacingOccurrences(of: "SESSION_TYPE", with: "SESSION_REDIS")
                var type = line
                type.replaceSubrange(value, with: "\"redis\"")
                lines[index] = type + "\n" + redis
                changed = true
                imports += ["import os", "from redis import Redis"]
            case "Django sessions", "Django cache":
                // One settings file, one change: the engine and the default cache together.
                guard !djangoChanged else { continue }
                djangoChanged = true
                let cache = SessionStore.djangoDefaultCache(SourceText(text))
                if cache == nil {
                    appended = [
                        "", "# Sessions and the cache in Redis, shared by every process (stateless-sessions recipe).", "CACHES = {", "    \"default\": {",
                        "        \"BACKEND\": \"\(Self.redisCache)\",", "        \"LOCATION\": \(Self.redisURL),", "    }", "}",
                    ]
                    imports.append("import os")
                } else if let caches = lines.firstIndex(where: { $0.hasPrefix("CACHES") }),
                    let backend = lines[caches...].firstIndex(where: { Self.isEntry("BACKEND", $0) }),
                    let range = lines[backend].range(of: #"django\.core\.cache\.backends\.(locmem\.LocMemCache|filebased\.FileBasedCache|dummy\.DummyCache)"#, options: .regularExpression)
                {
                    lines[backend].replaceSubrange(range, with: Self.redisCache)
                    let indent = String(lines[backend].prefix { $0 == " " })
                    let location = "\(indent)\"LOCATION\": \(Self.redisURL),"
                    let entries = lines[(backend + 1)...].prefix { $0.prefix { $0 == " " }.count >= indent.count && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("}") }
                    if let existing = entries.firstIndex(where: { Self.isEntry("LOCATION", $0) }) {
                        lines[existing] = location
                    } else {
                        lines.insert(location, at: backend + 1)
                    }
                    imports.append("import os")
                } else if let cache, cache.backend == "custom" || cache.backend.hasPrefix("locmem") || cache.backend.hasPrefix("filebased") || cache.backend.hasPrefix("dummy") {
                    // File sessions stay file sessions rather than move into a cache that is still the process's.
                    notes.append(
                        "\(path):\(store.line): \(store.detail) left as it is: the default cache is written in a form the recipe does not edit; point it at \(Self.redisCache) with LOCATION REDIS_URL (and SESSION_ENGINE at the cache) by hand"
                    )
                    continue
                }
                // File sessions move into the (now shared) cache.
                for index in lines.indices where lines[index].contains("SESSION_ENGINE") && lines[index].contains("django.contrib.sessions.backends.file") {
                    lines[index] = lines[index].replacingOccurrences(of: "django.contrib.sessions.backends.file", with: "django.contrib.sessions.backends.cache")
                }
                changed = true
            default:
                notes.append(
                    "\(path):\(store.line): \(store.detail) left as it is: fastapi-sessions ships no Redis backend; implement its SessionBackend over Redis (REDIS_URL) by hand, or use a signed-cookie SessionMiddleware"
                )
            }
        }
        guard changed || !imports.isEmpty || !appended.isEmpty else { return EditResult(text: text, notes: notes) }
        var result = lines.joined(separator: "\n").components(separatedBy: "\n")
        if !appended.isEmpty {
            while result.last == "" { result.removeLast() }
            result += appended + [""]
        }
        Self.addImports(imports, to: &result)
        return EditResult(text: result.joined(separator: "\n"), notes: notes)
    }

    /// True when `line` is a dict entry of its own for `key` (`"BACKEND": …,`), not part of a one-line dict.
    static func isEntry(_ key: String, _ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return (trimmed.hasPrefix("\"\(key)\"") || trimmed.hasPrefix("'\(key)'")) && !trimmed.contains("{") && !trimmed.contains("}")
    }

    /// Standard-library modules a settings or application module commonly imports (isort's first section).
    static let standardLibrary: Set<String> = [
        "__future__", "os", "sys", "json", "pathlib", "datetime", "typing", "logging", "re", "uuid", "secrets", "functools", "collections",
        "dataclasses", "time", "enum", "hashlib", "contextlib", "asyncio",
    ]

    /// Adds the missing `imports` where isort puts them: `import os` among the standard-library imports
    /// (`import` lines before `from` lines, sorted), or in a section of its own above the others; a
    /// third-party `from` import sorted among the other imports after the standard library.
    static func addImports(_ imports: [String], to lines: inout [String]) {
        var seen: Set<String> = []
        for line in imports where seen.insert(line).inserted && !lines.contains(line) {
            let current = lines
            let topLevel = current.indices.filter { current[$0].hasPrefix("import ") || current[$0].hasPrefix("from ") && current[$0].contains(" import ") }
            let module = { (index: Int) in String(current[index].split(separator: " ").dropFirst().first?.split(separator: ".").first ?? "") }
            let standard = topLevel.filter { standardLibrary.contains(module($0)) }
            if line == "import os" {
                if standard.isEmpty {
                    lines.insert(contentsOf: [line, ""], at: topLevel.first ?? 0)
                } else {
                    let position = standard.first { lines[$0].hasPrefix("from ") && module($0) != "__future__" || lines[$0].hasPrefix("import ") && lines[$0] > line } ?? ((standard.last ?? 0) + 1)
                    lines.insert(line, at: position)
                }
            } else {
                let others = topLevel.filter { !standardLibrary.contains(module($0)) }
                if let position = others.first(where: { lines[$0].hasPrefix("from ") && lines[$0] > line && !lines[$0].hasPrefix("from app") }) {
                    lines.insert(line, at: position)
                } else if let last = others.last {
                    lines.insert(line, at: last + 1)
                } else if let last = standard.last {
                    lines.insert(contentsOf: ["", line], at: last + 1)
                } else {
                    lines.insert(contentsOf: [line, ""], at: 0)
                }
            }
        }
    }
}
#endif
