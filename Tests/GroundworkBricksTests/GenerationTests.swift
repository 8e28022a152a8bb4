import Foundation
import GroundworkContracts
import GroundworkGit
import GroundworkModel
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

@Suite("generation: the brick engine renders the model")
struct GenerationTests {
    @Test func newWritesTheServiceFromTheModel() throws {
        let plugins = try TinyPlugins()
        let scratch = ScratchDirectory()
        let (directory, result) = try plugins.newService(ShopModel.model, in: scratch)
        #expect(result.plan.bricks.map(\.id) == ["api-tiny"], "the model brings the stack's application brick")
        let written = Set(result.plan.files.filter(\.operation.writes).map(\.path))
        for path in ["openapi.json", "migrations/0001_init.sql", ".groundwork/model.lock.json", "src/routes/customer.js", "src/routes/audit_entry.js", "src/hooks/order.js", "src/routes/index.js"] {
            #expect(written.contains(path), "\(path) is written")
        }
        let routes = try String(contentsOfFile: directory + "/src/routes/order.js", encoding: .utf8)
        #expect(routes.hasPrefix("// Order at /orders\n// field id: uuid, required\n// field customer_id: uuid, required\n"), "partials render per field:\n\(routes)")
        #expect(routes.contains("// grant customer (owner): create read list update\n"))
        let index = try String(contentsOfFile: directory + "/src/routes/index.js", encoding: .utf8)
        #expect(index.hasPrefix("require('./customer') // then\n") && index.hasSuffix("require('./audit_entry')\n"), "\(index)")
        #expect(try String(contentsOfFile: directory + "/openapi.json", encoding: .utf8) == OpenAPIDocument.text(ShopModel.model))
        let migration = try String(contentsOfFile: directory + "/migrations/0001_init.sql", encoding: .utf8)
        #expect(migration == PostgresDDLWriter.schema(ShopModel.model))
        #expect(FileManager.default.fileExists(atPath: directory + "/.groundwork/model.yaml"))
        let lock = try LockFile.parse(try String(contentsOfFile: directory + "/.groundwork/lock.yaml", encoding: .utf8))
        #expect(lock.brick("api-tiny")?.file("src/hooks/order.js")?.mode == .seed)
        #expect(lock.brick("api-tiny")?.file("migrations/0001_init.sql")?.mode == .seed)
    }

    @Test func entityFilesNeedAModel() throws {
        let plugins = try TinyPlugins()
        let brick = try #require(try plugins.library().brick("api-tiny"))
        let facts = BrickFacts(stack: .init(), folderName: "x", holder: nil, now: BrickFixtures.now)
        #expect(throws: BrickError.self) { try BrickRenderer.render(brick, facts: facts, parameters: [:]) }
    }

    @Test func partialsThatIncludeThemselvesAreRefused() throws {
        let folder = BrickFolder()
        try folder.brick(
            "loop",
            """
            id: loop
            version: 1.0.0
            summary: A partial cycle
            files:
              - template: main.mustache
                path: out.txt
            """, templates: ["main.mustache": "{{> a}}\n", "partials/a.mustache": "{{> b}}", "partials/b.mustache": "{{> a}}"])
        #expect(throws: BrickError.self) { try folder.library() }
    }

    @Test func generatedEntriesAreParsedStrictly() throws {
        let manifest = try BrickManifestParser.parse(
            """
            id: gen
            version: 1.0.0
            summary: s
            files:
              - generate: openapi
                path: openapi.json
            """, file: "gen/brick.yaml")
        #expect(manifest.files.first?.generate == .openapi)
        #expect(throws: BrickError.self) {
            try BrickManifestParser.parse("id: gen\nversion: 1.0.0\nsummary: s\nfiles:\n  - generate: graphql\n    path: schema.graphql\n", file: "gen/brick.yaml")
        }
        #expect(throws: BrickError.self) {
            try BrickManifestParser.parse("id: gen\nversion: 1.0.0\nsummary: s\nfiles:\n  - generate: openapi\n    path: openapi.json\n    each: entity\n", file: "gen/brick.yaml")
        }
    }
}
