#if Enterprise
import Foundation
import GroundworkAuditModel
import GroundworkBricks
@testable import GroundworkRecipes
import GroundworkTestSupport
import Testing

/// The stateless-sessions recipe's edits of application code: each recognised in-process store moves to
/// Redis, the rest of the file is kept, and a shape the edit does not recognise gets a note, unchanged.
@Suite struct RecipeSessionsTests {
    @Test func nodeGivesExpressSessionARedisStore() throws {
        let text = try #require(SessionFixtures.application("node-express")["src/index.js"])
        let result = try NodeSessionStoreEdit().apply(to: text, path: "src/index.js")
        #expect(result.notes.isEmpty)
        #expect(result.text.contains("const session = require('express-session')\nconst { RedisSessionStore } = require('./redis-session-store')\n"))
        #expect(result.text.contains("app.use(session({\n  store: new RedisSessionStore(),\n  secret: process.env.SESSION_SECRET"))
        #expect(SessionStore.node(SourceText(result.text), path: "src/index.js").allSatisfy { !$0.isLocal })
        // Applied again, nothing changes.
        #expect(try NodeSessionStoreEdit().apply(to: result.text, path: "src/index.js").text == result.text)
    }

    @Test func nodeReplacesMemorystoreAndDropsItsRequire() throws {
        let text = """
            const session = require('express-session')
            const MemoryStore = require('memorystore')(session)

            app.use(session({ store: new MemoryStore({ checkPeriod: 86400000 }), secret: 'x' }))

            """
        let result = try NodeSessionStoreEdit().apply(to: text, path: "app.js")
        #expect(
            result.text
                == "const session = require('express-session')\nconst { RedisSessionStore } = require('./src/redis-session-store')\n\napp.use(session({ store: new RedisSessionStore(), secret: 'x' }))\n"
        )
        let inline = try NodeSessionStoreEdit().apply(to: "const session = require('express-session')\napp.use(session({ secret: 'x' }))\n", path: "lib/web/app.js")
        #expect(
            inline.text
                == "const session = require('express-session')\nconst { RedisSessionStore } = require('../../src/redis-session-store')\napp.use(session({ store: new RedisSessionStore(), secret: 'x' }))\n"
        )
    }

    @Test func nodeLeavesUnrecognisedShapesWithANote() throws {
        let edit = NodeSessionStoreEdit()
        let mixed = "const session = require('express-session')\nconst options = { secret: 'x' }\napp.use(session({ secret: 'y' }))\napp.use(session(options))\n"
        for (text, path) in [(mixed, "src/app.js"), ("import session from 'express-session'\napp.use(session({ secret: 'x' }))\n", "src/app.mjs")] {
            let result = try edit.apply(to: text, path: path)
            #expect(result.text == text)
            #expect(result.notes.count == 1 && result.notes[0].contains("RedisSessionStore"), "\(result.notes)")
        }
        // Options passed as a variable alone are not recognised (by the check either): nothing to do.
        let variable = "const session = require('express-session')\napp.use(session(options))\n"
        #expect(try edit.apply(to: variable, path: "src/app.js") == EditResult(text: variable))
        // A store every process shares is left alone, silently; so is a test.
        let shared = "const session = require('express-session')\napp.use(session({ store: new RedisStore({ client }), secret: 'x' }))\n"
        #expect(try edit.apply(to: shared, path: "src/app.js") == EditResult(text: shared))
        let test = "const session = require('express-session')\napp.use(session({ secret: 'x' }))\n"
        #expect(try edit.apply(to: test, path: "test/app.test.js") == EditResult(text: test))
    }

    @Test func flaskSessionMovesToRedis() throws {
        let text = try #require(SessionFixtures.application("python-flask")["app.py"])
        let result = try PythonSessionStoreEdit().apply(to: text, path: "app.py")
        #expect(result.notes.isEmpty)
        #expect(result.text.contains(#"app.config["SESSION_TYPE"] = "redis""# + "\n" + #"app.config["SESSION_REDIS"] = Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379"))"#))
        #expect(result.text.contains("from flask_session import Session\nfrom redis import Redis\n"))
        #expect(!result.text.contains("filesystem"))
        // Several settings on the line: a note, the file unchanged.
        let inline = "app.config.update(SESSION_TYPE=\"filesystem\", SECRET_KEY=key)\n"
        let refused = try PythonSessionStoreEdit().apply(to: inline, path: "app.py")
        #expect(refused.text == inline && refused.notes.count == 1)
        // A configuration class keeps its form.
        let config = try PythonSessionStoreEdit().apply(to: "class Config:\n    SESSION_TYPE = \"cachelib\"\n", path: "config.py")
        #expect(config.text.hasPrefix("import os\n\nfrom redis import Redis\n\nclass Config:\n    SESSION_TYPE = \"redis\"\n    SESSION_REDIS = Redis.from_url("), "\(config.text)")
    }

    @Test func djangoSessionsAndCacheMoveToRedis() throws {
        let edit = PythonSessionStoreEdit()
        let text = try #require(SessionFixtures.application("python-django")["mysite/settings.py"])
        let result = try edit.apply(to: text, path: "mysite/settings.py")
        #expect(result.notes.isEmpty)
        #expect(result.text.hasPrefix("import os\nfrom pathlib import Path\n"))
        #expect(
            result.text.hasSuffix(
                "CACHES = {\n    \"default\": {\n        \"BACKEND\": \"django.core.cache.backends.redis.RedisCache\",\n        \"LOCATION\": os.environ.get(\"REDIS_URL\", \"redis://localhost:6379\"),\n    }\n}\n"
            ))
        // File sessions become cache sessions; an explicit LocMemCache becomes the RedisCache, its LOCATION replaced.
        let locmem = """
            import os

            SESSION_ENGINE = "django.contrib.sessions.backends.file"
            CACHES = {
                "default": {
                    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                    "LOCATION": "unique-snowflake",
                }
            }

            """
        let moved = try edit.apply(to: locmem, path: "mysite/settings.py")
        #expect(moved.notes.isEmpty, "\(moved.notes)")
        let edited = moved.text
        #expect(edited.contains("SESSION_ENGINE = \"django.contrib.sessions.backends.cache\""))
        #expect(edited.contains("        \"BACKEND\": \"django.core.cache.backends.redis.RedisCache\",\n        \"LOCATION\": os.environ.get(\"REDIS_URL\", \"redis://localhost:6379\"),\n    }"))
        #expect(!edited.contains("snowflake") && !edited.contains("import os\nimport os"))
    }

    @Test func storesOfStacksNotEditedGetNotes() throws {
        let fastapi = "from fastapi_sessions.backends.implementations import InMemoryBackend\n\nbackend = InMemoryBackend[UUID, SessionData]()\n"
        let python = try PythonSessionStoreEdit().apply(to: fastapi, path: "app/sessions.py")
        #expect(python.text == fastapi && python.notes.first?.contains("fastapi-sessions") == true)
        let go = "package main\n\nimport \"github.com/alexedwards/scs/v2\"\n\nvar sessionManager = scs.New()\n"
        let scs = try GoSessionStoreEdit().apply(to: go, path: "cmd/web/main.go")
        #expect(scs.text == go && scs.notes.first?.contains("redisstore") == true)
        let vapor = "import Vapor\n\nfunc configure(_ app: Application) {\n    app.sessions.use(.memory)\n}\n"
        let swift = try SwiftSessionStoreEdit().apply(to: vapor, path: "Sources/App/configure.swift")
        #expect(swift.text == vapor && swift.notes.first?.contains("vapor/redis") == true)
    }

    @Test func gorillaFilesystemStoreMovesToRedistore() throws {
        let text = try #require(SessionFixtures.application("go")["main.go"])
        let result = try GoSessionStoreEdit().apply(to: text, path: "main.go")
        #expect(result.text.contains("var store = redisSessionStore([]byte(sessionKey()))\n"))
        #expect(
            result.text.contains(
                "import (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"log\"\n\t\"net/http\"\n\t\"os\"\n\t\"time\"\n\n\t\"github.com/boj/redistore\"\n\t\"github.com/gomodule/redigo/redis\"\n)\n"))
        #expect(result.text.hasSuffix("\treturn store\n}\n") && !result.text.contains("gorilla/sessions"))
        #expect(result.notes.count == 1 && result.notes[0].contains("go.mod"))
        #expect(try GoSessionStoreEdit().apply(to: result.text, path: "main.go") == EditResult(text: result.text))
        // The store's type named in the code: a note, the file unchanged.
        let typed = text.replacingOccurrences(of: "var store = sessions", with: "var store *sessions.FilesystemStore = sessions")
        let refused = try GoSessionStoreEdit().apply(to: typed, path: "main.go")
        #expect(refused.text == typed && refused.notes.first?.contains("*sessions.FilesystemStore") == true)
    }

    @Test func hummingbirdMemoryPersistDriverMovesToRedis() throws {
        let edit = SwiftSessionStoreEdit()
        let text = try #require(SessionFixtures.application("swift-hummingbird")["Sources/App/App.swift"])
        let result = try edit.apply(to: text, path: "Sources/App/App.swift")
        #expect(result.notes.isEmpty, "\(result.notes)")
        #expect(result.text == text.replacingOccurrences(of: "MemoryPersistDriver()", with: #"RedisPersistDriver(urlFromEnvironment: "REDIS_URL")"#))
        #expect(SessionStore.swift(SourceText(result.text), path: "Sources/App/App.swift").allSatisfy { !$0.isLocal })
        #expect(try edit.apply(to: result.text, path: "Sources/App/App.swift") == EditResult(text: result.text))
        // The manifest gains SwiftNIO's products that RedisPersistDriver.swift imports, once.
        let package = try #require(SessionFixtures.application("swift-hummingbird")["Package.swift"])
        let manifest = try edit.apply(to: package, path: "Package.swift")
        #expect(
            manifest.text.contains(
                "        .package(url: \"https://github.com/hummingbird-project/hummingbird-auth.git\", from: \"2.5.0\"),\n        .package(url: \"https://github.com/apple/swift-nio.git\", from: \"2.101.2\"),\n        .package(url: \"https://github.com/apple/swift-nio-ssl.git\", from: \"2.37.6\"),\n"
            ), "\(manifest.text)")
        #expect(
            manifest.text.contains(
                "                .product(name: \"HummingbirdAuth\", package: \"hummingbird-auth\"),\n                .product(name: \"NIOCore\", package: \"swift-nio\"),\n                .product(name: \"NIOPosix\", package: \"swift-nio\"),\n                .product(name: \"NIOSSL\", package: \"swift-nio-ssl\"),\n            ]\n"
            ))
        #expect(try edit.apply(to: manifest.text, path: "Package.swift") == EditResult(text: manifest.text))
        // A manifest without Hummingbird is not touched.
        let other = "// swift-tools-version:6.0\nimport PackageDescription\n\nlet package = Package(name: \"tool\")\n"
        #expect(try edit.apply(to: other, path: "Package.swift") == EditResult(text: other))
        // A driver built with a clock or a configuration, or its type named: a note, the file unchanged.
        for shape in ["MemoryPersistDriver(configuration: .init(tidyFrequency: .seconds(60)))", "MemoryPersistDriver(.suspending)"] {
            let written = text.replacingOccurrences(of: "MemoryPersistDriver()", with: shape)
            let refused = try edit.apply(to: written, path: "Sources/App/App.swift")
            #expect(refused.text == written && refused.notes.count == 1 && refused.notes[0].contains("RedisPersistDriver(urlFromEnvironment:"), "\(refused.notes)")
        }
        let typed = text.replacingOccurrences(of: "let persist = MemoryPersistDriver()", with: "let persist: MemoryPersistDriver<ContinuousClock> = MemoryPersistDriver()")
        let refused = try edit.apply(to: typed, path: "Sources/App/App.swift")
        #expect(refused.text == typed && refused.notes.count == 1)
    }

    /// The manifests `groundwork new` writes for swift-hummingbird: SwiftNIO is added once, and not again when
    /// the connectors' lines appended to the manifest already bring it.
    @Test func generatedHummingbirdManifestsGainSwiftNIOOnce() throws {
        let root = RecipeFixtures.root + "/Plugins/"
        let stack = try String(contentsOfFile: root + "_stacks/swift-hummingbird/templates/Package.swift.mustache", encoding: .utf8)
        let edited = try SwiftSessionStoreEdit().apply(to: stack, path: "Package.swift")
        #expect(edited.notes.isEmpty)
        #expect(
            edited.text.contains(
                "        .package(url: \"https://github.com/apple/swift-log.git\", from: \"1.16.2\"),\n        .package(url: \"https://github.com/apple/swift-nio.git\", from: \"2.101.2\"),\n"))
        #expect(edited.text.contains("                .product(name: \"NIOSSL\", package: \"swift-nio-ssl\"),\n            ]\n        ),\n        .testTarget("))
        let connectors = try String(contentsOfFile: root + "connectors/templates/swift/Package.swift.mustache", encoding: .utf8)
        #expect(try SwiftSessionStoreEdit().apply(to: stack + connectors, path: "Package.swift") == EditResult(text: stack + connectors))
    }

    @Test func manifestReadsRedisURLFromTheSecret() throws {
        let edit = RedisURLManifestEdit(secret: "sessions-redis", key: "url", recipe: "stateless-sessions", purpose: "sessions live in Redis")
        let result = try edit.apply(to: SessionFixtures.deployment, path: "k8s/web.yaml")
        #expect(
            result.text.contains(
                "            - name: LOG_LEVEL\n              value: info\n            - name: REDIS_URL\n              valueFrom:\n                secretKeyRef:\n                  name: sessions-redis\n                  key: url\n"
            ))
        #expect(try edit.apply(to: result.text, path: "k8s/web.yaml").text == result.text)
    }
}

extension RecipeTests {
    /// Per stack, the recipe applied through the brick engine to the fixture application: the check that
    /// failed passes, the Deployment reads REDIS_URL from the Secret, and the store's files are written.
    @Test(arguments: SessionFixtures.stacks) func statelessSessionsFixesItsCheck(stack: String) async throws {
        let repo = try RepoBuilder()
        try repo.commit("application", files: SessionFixtures.files(stack))
        let before = try Self.scaleResults(repo)["scale.sessions-in-process"]
        #expect(before?.status == .fail, "\(before?.evidence.map(\.message) ?? []) \(before?.reason ?? "")")
        try await RecipeFixtures.applyRecipes(["stateless-sessions"], to: repo)
        let after = try Self.scaleResults(repo)["scale.sessions-in-process"]
        #expect(after?.status == .pass, "\(after?.evidence.map(\.message) ?? [])")
        let manifest = try #require(try RecipeFixtures.text("k8s/web.yaml", in: repo))
        #expect(manifest.contains("name: REDIS_URL\n              valueFrom:\n                secretKeyRef:\n                  name: redis\n                  key: url"))
        switch stack {
        case "node-express":
            #expect(try RecipeFixtures.text("src/redis-session-store.js", in: repo)?.contains("class RedisSessionStore extends session.Store") == true)
            #expect(try RecipeFixtures.text("package.json", in: repo)?.contains("\"redis\"") == true)
        case "go":
            #expect(try RecipeFixtures.text("main.go", in: repo)?.contains("redistore.NewRediStoreWithPool(pool, keyPairs...)") == true)
        case "swift-hummingbird":
            #expect(try RecipeFixtures.text("Sources/App/RedisPersistDriver.swift", in: repo)?.contains("actor RedisPersistDriver: PersistDriver") == true)
            #expect(try RecipeFixtures.text("Package.swift", in: repo)?.contains(#".product(name: "NIOPosix", package: "swift-nio"),"#) == true)
        default:
            #expect(try RecipeFixtures.text("requirements.txt", in: repo)?.contains("redis==") == true)
        }
        let lock = try #require(try RecipeFixtures.text(".groundwork/lock.yaml", in: repo))
        #expect(lock.contains("id: stateless-sessions"))
    }
}

extension RecipeTests {
    /// An Express service that keeps no session (bearer tokens, as the generated services): the recipe
    /// refuses with what it looked for, and writes nothing (no Redis store module, no dependency).
    @Test func statelessSessionsRefusesAServiceWithoutSessions() async throws {
        let repo = try RepoBuilder()
        var files = SessionFixtures.application("node-express")
        files["package.json"] = files["package.json"]?.replacingOccurrences(of: #", "express-session": "^1.18.0""#, with: "")
        files["src/index.js"] = "const express = require('express')\nconst app = express()\napp.get('/health', (req, res) => res.json({ ok: true }))\napp.listen(3000)\n"
        try repo.commit("application", files: files.merging(["k8s/web.yaml": SessionFixtures.deployment]) { $1 }.mapValues { .text($0) })
        let head = repo.head
        await #expect {
            try await RecipeFixtures.applyRecipes(["stateless-sessions"], to: repo)
        } throws: { error in
            guard let error = error as? RecipeError else { return false }
            return error.code == .nothingToChange && "\(error)".contains("stateless-sessions has nothing to change")
        }
        #expect(repo.head == head)
        #expect(try RecipeFixtures.text("src/redis-session-store.js", in: repo) == nil)
    }

    /// After the recipe moved the store to Redis, the session files stay the recipe's for updates: the
    /// store is still recognised (now shared), so the brick keeps them.
    @Test func statelessSessionsKeepsItsFilesForUpdatesOnceTheStoreIsShared() async throws {
        let repo = try RepoBuilder()
        try repo.commit("application", files: SessionFixtures.files("node-express"))
        try await RecipeFixtures.applyRecipes(["stateless-sessions"], to: repo)
        let workspace = try BrickWorkspace.openForRecipes(repo.path, workTree: false, now: RecipeFixtures.now)
        let library = try RecipeRun.updateLibrary(catalog: try RecipeFixtures.catalog(), workspace: workspace, builtin: try await RecipeFixtures.builtin())
        let brick = try #require(library.brick("stateless-sessions"))
        #expect(brick.manifest.files.map(\.path).contains("src/redis-session-store.js"))
    }
}

extension RecipeSchemaTests {
    @Test(
        .enabled(if: RecipeSchemaTests.validator != nil || ProcessInfo.processInfo.environment["CI"] == "true", "GROUNDWORK_KUBERNETES_VALIDATE is not set: run scripts/recipes/kubernetes-validate.sh")
    )
    func sessionManifestsValidate() async throws {
        let repo = try RepoBuilder()
        try repo.commit("application", files: SessionFixtures.files("python-django"))
        try await RecipeFixtures.applyRecipes(["stateless-sessions"], to: repo)
        let text = try #require(try RecipeFixtures.text("k8s/web.yaml", in: repo))
        #expect(text.contains("secretKeyRef"))
        let scratch = ScratchDirectory()
        let (status, output) = try Self.validate([try scratch.write("web.yaml", text)])
        #expect(status == 0, "\(output)")
    }
}

extension RecipeBehaviourTests {
    static var redisReady: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/redis-server") && FileManager.default.isExecutableFile(atPath: "/usr/bin/redis-cli") }
    /// A folder holding express-session (and its dependencies Debian lacks): neither Debian nor a reachable
    /// registry has it, so the node-express case runs only where one is given.
    static var expressSession: String? {
        environment["GROUNDWORK_EXPRESS_SESSION"].flatMap { FileManager.default.fileExists(atPath: $0 + "/express-session/index.js") ? $0 : nil }
    }

    /// The fixture application of `stack` with its in-process store (before: sessions not shared where the
    /// store is in memory), the recipe applied by the binary, then two processes against one redis-server.
    static func sessionsAreShared(stack: String, contrast: Bool, seconds: Int = 600) throws {
        let home = ScratchDirectory()
        let repo = try SessionFixtures.repository(stack)
        if contrast {
            let (status, text) = try Self.runScript("sessions-across-processes.sh", "--expect-unshared", service: repo.path, seconds: seconds)
            #expect(status == 0 && text.contains("shared=no"), "without the recipe: \(text)")
        }
        try Self.apply("stateless-sessions", to: repo.path, home: home)
        let (status, text) = try Self.runScript("sessions-across-processes.sh", service: repo.path, seconds: seconds)
        #expect(status == 0, "\(text)")
        #expect(text.contains("stack=\(stack) shared=ok logout=ok"), "\(text)")
    }

    /// Flask-Session on the filesystem, Django cache sessions on LocMemCache and gorilla/sessions'
    /// FilesystemStore, moved to Redis. (Two processes of one machine share a filesystem store, so only
    /// Django's in-memory store shows the contrast.)
    @Test(
        .enabled(
            if: RecipeBehaviourTests.redisReady || RecipeBehaviourTests.environment["CI"] == "true",
            "needs Debian's redis-server and redis-cli (the go case installs Debian's gorilla/sessions and redistore)"),
        arguments: ["python-flask", "python-django", "go"]
    )
    func sessionsAreSharedAcrossProcesses(stack: String) throws {
        try Self.sessionsAreShared(stack: stack, contrast: stack == "python-django")
    }

    /// Hummingbird's MemoryPersistDriver moved to the recipe's RedisPersistDriver. The fixture is built in the
    /// generated swift-hummingbird services' shared build folder: cold (a new machine) it compiles Hummingbird,
    /// SwiftNIO and its TLS first, hence the long deadline; warm, the application alone (under a minute).
    @Test(
        .enabled(if: RecipeBehaviourTests.redisReady || RecipeBehaviourTests.environment["CI"] == "true", "needs Debian's redis-server and redis-cli"),
        .timeLimit(.minutes(45))
    )
    func sessionsAreSharedAcrossHummingbirdProcesses() throws {
        try Self.sessionsAreShared(stack: "swift-hummingbird", contrast: true, seconds: 1200)
    }

    /// The recipe's Redis store for Express, applied by the binary, driven through express-session's Store
    /// interface by separate node processes over one redis-server (Debian's node-redis): what is set through
    /// one is read through another, expires with the cookie, is touched and destroyed. express-session itself is
    /// a stand-in here (its `Store` base class); the whole cookie flow is the next test's, where it is given.
    @Test(
        .enabled(
            if: (RecipeBehaviourTests.redisReady && FileManager.default.fileExists(atPath: "/usr/share/nodejs/redis"))
                || RecipeBehaviourTests.environment["CI"] == "true",
            "needs Debian's redis-server, redis-cli, nodejs and node-redis"))
    func nodeSessionStoreIsSharedAcrossProcesses() throws {
        let home = ScratchDirectory()
        let repo = try SessionFixtures.repository("node-express")
        try Self.apply("stateless-sessions", to: repo.path, home: home)
        let (status, text) = try Self.runScript("node-session-store.sh", service: repo.path, seconds: 120)
        #expect(status == 0 && text.contains("store=ok"), "\(text)")
    }

    /// express-session's MemoryStore moved to the recipe's Redis store over Debian's node-redis.
    @Test(
        .enabled(
            if: RecipeBehaviourTests.redisReady && RecipeBehaviourTests.expressSession != nil,
            "express-session is neither in Debian nor reachable (no npm registry here): set GROUNDWORK_EXPRESS_SESSION to a folder holding it and its dependencies Debian lacks (on-headers, uid-safe, random-bytes)"
        ))
    func sessionsAreSharedAcrossNodeProcesses() throws {
        try Self.sessionsAreShared(stack: "node-express", contrast: true)
    }
}
#endif
