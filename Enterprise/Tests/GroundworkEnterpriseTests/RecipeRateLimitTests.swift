#if Enterprise
import Foundation
import GroundworkBricks
@testable import GroundworkRecipes
import GroundworkTestSupport
import Testing

/// The rate-limit recipe: its wiring edits on the files the stacks generate today (read from their templates)
/// and on hand-written ones (a note, no change), one token-bucket script for every stack, its static tier on
/// a Node service laid out as the generated one, its schema tier, and its behaviour tier.
@Suite struct RecipeRateLimitWiringTests {
    static let examples = [
        RecipeShutdownWiringTests.Example(
            edit: NodeRateLimitWiringEdit(), template: "Plugins/api-express/templates/app.js.mustache", path: "src/api/app.js",
            expected: ["\nconst { rateLimit } = require('./middleware/rate-limit-redis')\n", "\n  api.use(rateLimit(config.rateLimit, { log }))\n"]
        ),
        RecipeShutdownWiringTests.Example(
            edit: PythonRateLimitWiringEdit(), template: "Plugins/api-fastapi/templates/core/application.py.mustache", path: "app/core/application.py",
            expected: [
                "    JsonBodyMiddleware,\n    SecurityHeadersMiddleware,\n)\n",
                "from app.core.migrations import apply_migrations\nfrom app.core.rate_limit_redis import RedisRateLimitMiddleware\nfrom app.core.security import TokenVerifier\n",
                "    app.add_middleware(\n        RedisRateLimitMiddleware, per_minute=settings.rate_limit_per_minute, burst=settings.rate_limit_burst\n    )\n",
            ]
        ),
        RecipeShutdownWiringTests.Example(
            edit: GoRateLimitWiringEdit(), template: "Plugins/api-chi/templates/api_router.go.mustache", path: "internal/api/router.go",
            expected: ["\tlimiter := httpx.NewRedisRateLimiter(cfg.RateLimitPerMinute, cfg.RateLimitBurst, auth.ClientKey, logger)\n"]
        ),
        RecipeShutdownWiringTests.Example(
            edit: SwiftRateLimitWiringEdit(), template: "Plugins/_stacks/swift-hummingbird/templates/App+build.swift.mustache",
            path: "Sources/App/App+build.swift",
            expected: [
                "            middleware: try RedisRateLimitMiddleware(\n                perMinute: configuration.rateLimitPerMinute, burst: configuration.rateLimitBurst, logger: logger)\n        )\n"
            ]
        ),
    ]

    @Test(arguments: examples) func wiresTheGeneratedApplication(_ example: RecipeShutdownWiringTests.Example) throws {
        try example.wires(try RecipeMetricsWiringTests.generated(example.template))
    }

    @Test(arguments: examples) func leavesAnotherApplicationWithANote(_ example: RecipeShutdownWiringTests.Example) throws {
        try example.leavesAHandWrittenEntryPointWithANote()
    }

    /// The templates of the recipe that hold the token-bucket script, by stack.
    static let scriptTemplates = [
        "node-express/rate-limit-redis.js.mustache", "python-fastapi/rate_limit_redis.py.mustache", "go-chi/ratelimit_redis.go.mustache",
        "swift-hummingbird/RedisRateLimitMiddleware.swift.mustache",
    ]

    /// The script in a template: its lines from the `-- ratelimit token bucket` comment to the last `return`,
    /// without the indentation a string literal gives them.
    static func script(in template: String) throws -> String {
        let text = try String(contentsOfFile: RecipeFixtures.root + "/Enterprise/Recipes/rate-limit/templates/" + template, encoding: .utf8)
        let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let start = try #require(lines.firstIndex { $0.hasPrefix("-- ratelimit token bucket") }, "\(template) has no script")
        let end = try #require(lines[start...].firstIndex { $0.hasPrefix("return {0,") }, "\(template) has no script end")
        return lines[start...end].joined(separator: "\n")
    }

    /// Services of different stacks sharing a Redis must agree on a client's bucket: one script, one key prefix.
    @Test func everyStackRunsTheSameScriptOnTheSameKeys() throws {
        let scripts = try Self.scriptTemplates.map { try Self.script(in: $0) }
        #expect(scripts.first?.contains("redis.call('TIME')") == true)
        for (template, script) in zip(Self.scriptTemplates, scripts) { #expect(script == scripts[0], "\(template) differs") }
        for template in Self.scriptTemplates {
            let text = try String(contentsOfFile: RecipeFixtures.root + "/Enterprise/Recipes/rate-limit/templates/" + template, encoding: .utf8)
            #expect(text.contains("ratelimit:"), "\(template) does not key its buckets ratelimit:")
        }
    }

    /// Applied to a manifest that already gives REDIS_URL (the cache recipe, or by hand), the edit adds nothing.
    @Test func leavesAnExistingRedisURL() throws {
        let manifest = ScaleExampleFiles.deployment(env: [("REDIS_URL", "redis://cache:6379/0")])
        let result = try RedisURLManifestEdit(secret: "redis", key: "url", recipe: "rate-limit", purpose: "buckets").apply(to: manifest, path: "k8s/web.yaml")
        #expect(result.text == manifest)
        #expect(result.notes.isEmpty)
        let block = ScaleExampleFiles.deployment().replacingOccurrences(
            of: "          resources:\n", with: "          env:\n            - name: PORT\n              value: \"8000\"\n          resources:\n")
        let added = try RedisURLManifestEdit(secret: "redis", key: "url", recipe: "rate-limit", purpose: "buckets").apply(to: block, path: "k8s/web.yaml")
        #expect(
            added.text.contains("            - name: REDIS_URL\n              valueFrom:\n                secretKeyRef:\n                  name: redis\n                  key: url\n"), "\(added.text)")
        #expect(try RedisURLManifestEdit(secret: "redis", key: "url", recipe: "rate-limit", purpose: "buckets").apply(to: added.text, path: "k8s/web.yaml").text == added.text, "applied twice")
    }
}

extension RecipeFixtures {
    /// A Node service laid out as `groundwork new --stack node-express --model …` lays it out (src/api/app.js
    /// and the in-process limiter from the api-express templates), whose manifests the kubernetes brick wrote
    /// (two replicas).
    static func generatedNodeServiceWithManifests() async throws -> RepoBuilder {
        let repo = try RepoBuilder()
        let templates = root + "/Plugins/api-express/templates/"
        try repo.commit(
            "service",
            files: [
                "package.json": #"{"name": "orders", "version": "0.1.0", "main": "src/index.js", "dependencies": {"express": "^4.18.2", "pg": "^8.8.0"}}"#,
                "src/index.js": "const { createApp } = require('./app')\n",
                "src/app.js": "const { createApp } = require('./api/app')\n\nmodule.exports = { createApp }\n",
                "src/api/app.js": .text(try String(contentsOfFile: templates + "app.js.mustache", encoding: .utf8)),
                "src/api/middleware/rate-limit.js": .text(try String(contentsOfFile: templates + "rate-limit.js.mustache", encoding: .utf8)),
            ])
        try await apply(["kubernetes"], to: repo, library: try await builtin())
        return repo
    }
}

extension RecipeTests {
    @Test func rateLimitFixesItsCheck() async throws {
        let repo = try await RecipeFixtures.generatedNodeServiceWithManifests()
        let before = try Self.scaleResults(repo)["scale.rate-limit-shared"]
        #expect(before?.status == .fail)
        #expect(before?.evidence.first?.path == "src/api/app.js", "\(before?.evidence.map(\.message) ?? [])")
        try await RecipeFixtures.applyRecipes(["rate-limit"], to: repo, parameters: ["rate-limit.redis_secret=orders-redis"])
        let after = try Self.scaleResults(repo)["scale.rate-limit-shared"]
        #expect(after?.status == .pass, "\(after?.reason ?? "") \(after?.evidence.map(\.message) ?? [])")
        let deployment = try #require(try RecipeFixtures.text("deploy/kubernetes/base/deployment.yaml", in: repo))
        #expect(deployment.contains("- name: REDIS_URL") && deployment.contains("name: orders-redis") && deployment.contains("key: url"))
        let app = try #require(try RecipeFixtures.text("src/api/app.js", in: repo))
        #expect(app.contains("require('./middleware/rate-limit-redis')") && app.contains("rateLimit(config.rateLimit, { log })"))
        let package = try #require(try RecipeFixtures.text("package.json", in: repo))
        #expect(package.contains("\"redis\": \"^4.5.1\"") && package.contains("\"pg\""))
        #expect(try RecipeFixtures.text("src/api/middleware/rate-limit-redis.js", in: repo)?.contains("const KEY_PREFIX = 'ratelimit:'") == true)

        // A repository of a stack whose limiter the recipe does not change is refused, with the stacks it changes.
        let other = try RepoBuilder()
        try other.commit("service", files: ["Gemfile": "source 'https://rubygems.org'\ngem 'rails'\n", "k8s/web.yaml": .text(ScaleExampleFiles.deployment())])
        let workspace = try BrickWorkspace.openForRecipes(other.path, workTree: false, now: RecipeFixtures.now)
        #expect(throws: RecipeError.self) {
            try RecipeRun.library(["rate-limit"], catalog: try RecipeFixtures.catalog(), parameters: [], workspace: workspace, builtin: BrickLibrary())
        }
    }
}

extension RecipeSchemaTests {
    @Test(
        .enabled(if: RecipeSchemaTests.validator != nil || ProcessInfo.processInfo.environment["CI"] == "true", "GROUNDWORK_KUBERNETES_VALIDATE is not set: run scripts/recipes/kubernetes-validate.sh")
    )
    func rateLimitManifestsValidate() async throws {
        let repo = try await RecipeFixtures.generatedNodeServiceWithManifests()
        try await RecipeFixtures.applyRecipes(["rate-limit"], to: repo)
        let scratch = ScratchDirectory()
        let text = try #require(try RecipeFixtures.text("deploy/kubernetes/base/deployment.yaml", in: repo))
        #expect(text.contains("secretKeyRef"))
        let (status, output) = try Self.validate([try scratch.write("deployment.yaml", text)])
        #expect(status == 0, "\(output)")
    }
}

extension RecipeBehaviourTests {
    /// Per stack the recipe changes: two processes of a generated service with the recipe applied share one
    /// client's bucket in one redis-server, answer 429 with Retry-After once it is empty, let requests through
    /// when Redis is gone, and the service's own lint and tests pass (scripts/recipes/rate-limit.sh; Redis over TLS,
    /// rediss://, the harder of the two paths every stack's client takes). The same
    /// service without the recipe is the contrast: each process counts on its own, so a sixth call succeeds.
    @Test(
        .enabled(
            if: RecipeBehaviourTests.ready || RecipeBehaviourTests.environment["CI"] == "true",
            "needs GROUNDWORK_TEST_POSTGRES_URL, wrk and the node-express Debian packages (scripts/stacks/node-express.sh); the other stacks' scripts fetch theirs"),
        arguments: ["node-express", "python-fastapi", "go-chi", "swift-hummingbird"]
    )
    func rateLimitHoldsAcrossProcesses(stack: String) throws {
        let home = ScratchDirectory()
        let service = try Self.generatedService(home: home, stack: stack)
        let (contrastStatus, contrast) = try Self.runScript("rate-limit.sh", "--expect-separate", service: service)
        #expect(contrastStatus == 0, "without the recipe: \(contrast)")
        #expect(contrast.contains("stack=\(stack) allowed=6 separate=yes"), "without the recipe: \(contrast)")

        try Self.apply("rate-limit", to: service, home: home)
        let deployment = try String(contentsOfFile: service + "/deploy/kubernetes/base/deployment.yaml", encoding: .utf8)
        #expect(deployment.contains("- name: REDIS_URL") && deployment.contains("secretKeyRef"))
        let (status, text) = try Self.runScript("rate-limit.sh", "--tls", "--own-tests", service: service)
        #expect(status == 0, "\(text)")
        #expect(text.contains("stack=\(stack) allowed=5 limited=429 retry-after="), "\(text)")
        #expect(text.contains("fail-open=200 redis=rediss"), "\(text)")
        #expect(text.contains("stack=\(stack) own-tests=ok"), "\(text)")
    }
}
#endif
