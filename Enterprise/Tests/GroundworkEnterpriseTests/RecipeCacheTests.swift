#if Enterprise
import Foundation
import GroundworkBricks
@testable import GroundworkRecipes
import GroundworkTestSupport
import Testing

/// The cache recipe: its route edits on the routes the stacks generate today (read from their templates) and on
/// hand-written ones (a note, no change), its static tier on an Express service generated from a model whose
/// manifests the kubernetes brick wrote, its schema tier, and its behaviour tier (scripts/recipes/read-cache.sh).
@Suite struct RecipeCacheWiringTests {
    static let examples = [
        RecipeShutdownWiringTests.Example(
            edit: NodeCacheWiringEdit(), template: "Plugins/api-express/templates/resource.js.mustache", path: "src/api/resource.js",
            expected: [
                "const { transaction } = require('./db')\nconst { readCache } = require('./read-cache')\n",
                "  const cache = readCache(entity, entities)\n",
                "      const body = await cache.read(req, id, async () => JSON.stringify(present(await loadRow(pool, req, id), req.access.hidden)))\n      res.type('application/json').send(body)\n",
                "      await cache.afterWrite(row[entity.primaryKey])\n      res.status(201).location(",
                "      await cache.afterWrite(row[entity.primaryKey])\n      res.json(present(row, req.access.hidden))\n",
                "      })\n      // Committed: every process stops serving what it cached before this write (cache recipe).\n      await cache.afterWrite(id)\n      res.status(204).end()\n",
            ]
        ),
        // The route template itself (its mustache tags are outside every anchor): one file per entity.
        RecipeShutdownWiringTests.Example(
            edit: PythonCacheWiringEdit(), template: "Plugins/api-fastapi/templates/routes/entity.py.mustache", path: "app/api/routes/order.py",
            expected: [
                "from app.core import crud, read_cache\n",
                "    names = crud.expansion_names(resource, expand)\n\n    def load() -> JSONResponse:\n        row = crud.find(session, resource, access, id)\n",
                "    return read_cache.read(resource, access, id, load, cacheable=not names)\n",
                "    session.commit()\n    # Committed: no process serves what it cached before this write (cache recipe).\n    read_cache.after_write(resource, row.field_value(resource.listing.primary_key))\n",
                "    session.commit()\n    # Committed: no process serves what it cached before this write (cache recipe).\n    read_cache.after_write(resource, id)\n    return JSONResponse(",
                "    session.commit()\n    # Committed: no process serves what it cached before this write (cache recipe).\n    read_cache.after_write(resource, id)\n    return Response(status_code=204)",
            ]
        ),
        RecipeShutdownWiringTests.Example(
            edit: GoCacheWiringEdit(), template: "Plugins/api-chi/templates/resource_handler.go.mustache", path: "internal/resource/handler.go",
            expected: [
                "\t\tbody, err := h.cachedRead(e, who, scope, id, len(expand) == 0, func() (Record, error) {\n",
                "\t\t_, _ = w.Write(body)\n",
                "\t\th.afterWrite(e, record[e.primary().Name])\n\t\tw.Header().Set(\"Location\", ",
                "\t\th.afterWrite(e, id)\n\t\thttpx.WriteJSON(w, http.StatusOK, record)\n",
                "\t\th.afterWrite(e, id)\n\t\tw.WriteHeader(http.StatusNoContent)\n",
            ]
        ),
        RecipeShutdownWiringTests.Example(
            edit: SwiftCacheWiringEdit(), template: "Plugins/api-hummingbird/templates/Resources/EntityController.swift.mustache",
            path: "Sources/App/Resources/EntityController.swift",
            expected: [
                "        guard Self.isValid(id, descriptor.primaryKey) else { throw Problem.notFound }\n        // From the read cache",
                "            try await repository.find(id, scope: scope, caller: caller, expand: expand)\n        }\n        guard let item else { throw Problem.notFound }\n        return Self.json(item, status: .ok)\n",
                "        await ReadCache.shared.afterWrite(descriptor, id: id)\n        try await hooks.afterCreate(",
                "        guard let item else { throw Problem.notFound }\n        // Committed: no process serves what it cached before this write (cache recipe).\n        await ReadCache.shared.afterWrite(descriptor, id: id)\n        try await hooks.afterUpdate(",
                "        await ReadCache.shared.afterWrite(descriptor, id: id)\n        try await hooks.afterDelete(",
            ]
        ),
    ]

    @Test(arguments: examples) func wiresTheGeneratedRoutes(_ example: RecipeShutdownWiringTests.Example) throws {
        try example.wires(try RecipeShutdownWiringTests.generated(example.template))
    }

    @Test(arguments: examples) func leavesOtherRoutesWithANote(_ example: RecipeShutdownWiringTests.Example) throws {
        try example.leavesAHandWrittenEntryPointWithANote()
    }

    /// Routes that match only in part are left whole: a half-wired cache would serve rows no write forgets.
    @Test func leavesPartlyRecognisedRoutesUnchanged() throws {
        let text = try RecipeShutdownWiringTests.generated("Plugins/api-express/templates/resource.js.mustache")
            .replacingOccurrences(of: "      res.status(204).end()\n", with: "      res.sendStatus(204)\n")
        let result = try NodeCacheWiringEdit().apply(to: text, path: "src/api/resource.js")
        #expect(result.text == text)
        #expect(result.notes.count == 1)
    }
}

extension RecipeFixtures {
    /// An Express service as `groundwork new --stack node-express --model …` lays out its routes (src/api/resource.js
    /// from the api-express template), without a cache, whose manifests the kubernetes brick wrote.
    static func generatedExpressServiceWithManifests() async throws -> RepoBuilder {
        let repo = try RepoBuilder()
        try repo.commit(
            "service",
            files: [
                "package.json": #"{"name": "orders", "version": "0.1.0", "scripts": {"start": "node src/index.js"}, "dependencies": {"express": "^4.18.2", "pg": "^8.8.0"}}"#,
                "src/index.js": "const { createApp } = require('./app')\n",
                "src/api/resource.js": .text(try RecipeShutdownWiringTests.generated("Plugins/api-express/templates/resource.js.mustache")),
            ])
        try await apply(["kubernetes"], to: repo, library: try await builtin())
        return repo
    }
}

extension RecipeTests {
    @Test func cacheFixesItsCheck() async throws {
        let repo = try await RecipeFixtures.generatedExpressServiceWithManifests()
        let before = try Self.scaleResults(repo)["scale.read-cache"]
        #expect(before?.status == .fail, "\(before?.evidence.map(\.message) ?? [])")
        try await RecipeFixtures.applyRecipes(["cache"], to: repo, parameters: ["cache.ttl_seconds=45"])
        let after = try Self.scaleResults(repo)["scale.read-cache"]
        #expect(after?.status == .pass, "\(after?.evidence.map(\.message) ?? [])")
        let deployment = try #require(try RecipeFixtures.text("deploy/kubernetes/base/deployment.yaml", in: repo))
        #expect(deployment.contains("- name: REDIS_URL\n              valueFrom:\n                secretKeyRef:\n                  name: redis\n                  key: url\n"), "\(deployment)")
        #expect(deployment.contains("- name: CACHE_TTL_SECONDS\n              value: \"45\"\n"))
        let package = try #require(try RecipeFixtures.text("package.json", in: repo))
        #expect(package.contains("\"redis\": \"^4.5.1\"") && package.contains("\"express\""))
        let resource = try #require(try RecipeFixtures.text("src/api/resource.js", in: repo))
        #expect(resource.contains("const cache = readCache(entity, entities)"))
        #expect(try RecipeFixtures.text("src/api/read-cache.js", in: repo)?.contains("const PREFIX = 'cache:'") == true)
        let lock = try #require(try RecipeFixtures.text(".groundwork/lock.yaml", in: repo))
        #expect(lock.contains("id: cache"))

        // Applied again (say after the rate-limit recipe set REDIS_URL): nothing is added twice, nothing is asked again.
        let again = try RecipeFixtures.cacheManifestEdit(ttlSeconds: 45).apply(to: deployment, path: "deploy/kubernetes/base/deployment.yaml")
        #expect(again == EditResult(text: deployment))
    }

    /// Another recipe gave the pods REDIS_URL already: the cache uses that Redis and adds only its TTL.
    @Test func cacheKeepsARedisURLAlreadyGiven() throws {
        let text = ScaleExampleFiles.deployment().replacingOccurrences(
            of: "          ports: [{containerPort: 8000}]\n",
            with: "          ports: [{containerPort: 8000}]\n          env:\n            - name: REDIS_URL\n              value: redis://shared:6379/0\n")
        let result = try RecipeFixtures.cacheManifestEdit(ttlSeconds: 30).apply(to: text, path: "k8s/web.yaml")
        #expect(result.notes.isEmpty, "\(result.notes)")
        #expect(result.text.components(separatedBy: "REDIS_URL").count == 2)
        #expect(result.text.contains("CACHE_TTL_SECONDS"))
    }
}

extension RecipeFixtures {
    /// The cache recipe's manifest edit with its default Secret.
    static func cacheManifestEdit(ttlSeconds: Int) -> RedisURLManifestEdit {
        RedisURLManifestEdit(
            secret: "redis", key: "url", recipe: "cache", purpose: "the Redis every replica's read cache shares",
            settings: [(name: "CACHE_TTL_SECONDS", value: "\"\(ttlSeconds)\"")])
    }
}

extension RecipeSchemaTests {
    @Test(
        .enabled(if: RecipeSchemaTests.validator != nil || ProcessInfo.processInfo.environment["CI"] == "true", "GROUNDWORK_KUBERNETES_VALIDATE is not set: run scripts/recipes/kubernetes-validate.sh")
    )
    func cacheManifestsValidate() async throws {
        let repo = try await RecipeFixtures.generatedExpressServiceWithManifests()
        try await RecipeFixtures.applyRecipes(["cache"], to: repo)
        let scratch = ScratchDirectory()
        let text = try #require(try RecipeFixtures.text("deploy/kubernetes/base/deployment.yaml", in: repo))
        #expect(text.contains("secretKeyRef") && text.contains("CACHE_TTL_SECONDS"))
        let (status, output) = try Self.validate([try scratch.write("deployment.yaml", text)])
        #expect(status == 0, "\(output)")
    }
}

extension RecipeBehaviourTests {
    /// A generated service with the recipe applied, as two processes on one PostgreSQL and one redis-server
    /// (scripts/recipes/read-cache.sh), Redis reached over TLS: entries are shared and invalidated across
    /// processes and never cross tenants, owners or roles; Redis down means reads from the database. Then the
    /// service's own tests, with the cache on (plain redis://), pass as without the recipe.
    @Test(
        .enabled(
            if: (RecipeBehaviourTests.ready && FileManager.default.isExecutableFile(atPath: "/usr/bin/redis-server")) || RecipeBehaviourTests.environment["CI"] == "true",
            "needs GROUNDWORK_TEST_POSTGRES_URL, redis-server and the node-express Debian packages (scripts/stacks/node-express.sh); the other stacks' scripts fetch theirs"),
        arguments: ["node-express", "python-fastapi", "go-chi", "swift-hummingbird"]
    )
    func readCacheIsSharedAndInvalidatedAcrossProcesses(stack: String) throws {
        let home = ScratchDirectory()
        let service = try Self.generatedService(home: home, stack: stack)
        try Self.apply("cache", to: service, home: home)
        let deployment = try String(contentsOfFile: service + "/deploy/kubernetes/base/deployment.yaml", encoding: .utf8)
        #expect(deployment.contains("name: REDIS_URL") && deployment.contains("CACHE_TTL_SECONDS"))
        // Over TLS (rediss://): what managed Redis services require; the own tests below reach it in plain text.
        let (status, text) = try Self.runScript("read-cache.sh", "--tls", service: service)
        #expect(status == 0, "\(text)")
        #expect(text.contains("stack=\(stack) cache=ok") && text.contains("redis=rediss"), "\(text)")
        let (ownStatus, own) = try Self.runScript("read-cache.sh", "--own-tests", service: service)
        #expect(ownStatus == 0, "\(own)")
        #expect(own.contains("stack=\(stack) own-tests=ok"), "\(own)")
    }
}
#endif
