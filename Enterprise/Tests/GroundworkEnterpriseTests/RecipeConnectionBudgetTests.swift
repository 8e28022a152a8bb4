#if Enterprise
import Foundation
import GroundworkBricks
@testable import GroundworkRecipes
import GroundworkTestSupport
import Testing

/// The db-connection-budget recipe's pool edits, per stack, on the files the stacks generate today (read from
/// their templates, so a template change the edit no longer recognises fails here) and on files written
/// otherwise (a note, no change); its manifest edit with PgBouncer; and its static tier on each stack.
@Suite struct RecipeConnectionBudgetTests {
    static let examples = [
        RecipeShutdownWiringTests.Example(
            edit: NodePoolSizeEdit(), template: "Plugins/api-express/templates/db.js.mustache", path: "src/api/db.js",
            expected: ["new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.DB_POOL_SIZE) || 10, options: '-c TimeZone=UTC' })"]
        ),
        RecipeShutdownWiringTests.Example(
            edit: PythonPoolSizeEdit(), template: "Plugins/api-fastapi/templates/core/db.py.mustache", path: "app/core/db.py",
            expected: [
                "import os\nfrom collections.abc import Iterator\n",
                "        pool_pre_ping=True,\n",
                "        pool_size=int(os.environ.get(\"DB_POOL_SIZE\", \"5\")),\n        max_overflow=0,\n",
                "        connect_args={\"prepare_threshold\": None} if os.environ.get(\"DB_PREPARED_STATEMENTS\") == \"false\" else {},\n    )\n",
            ]
        ),
        RecipeShutdownWiringTests.Example(
            edit: GoPoolSizeEdit(), template: "Plugins/api-chi/templates/main.go.mustache", path: "cmd/server/main.go",
            expected: [
                "\t\"os/signal\"\n\t\"strconv\"\n\t\"strings\"\n\t\"syscall\"\n",
                "\tdb, err := sql.Open(\"postgres\", databaseDSN(cfg.DatabaseURL))\n",
                "\tdb.SetMaxOpenConns(poolSize(20))\n",
                "func poolSize(written int) int {\n\tif n, err := strconv.Atoi(os.Getenv(\"DB_POOL_SIZE\")); err == nil && n > 0 {\n",
                "\tcase strings.Contains(dsn, \"?\"):\n\t\treturn dsn + \"&binary_parameters=yes\"\n",
            ]
        ),
        RecipeShutdownWiringTests.Example(
            edit: SwiftPoolSizeEdit(), template: "Plugins/_stacks/swift-hummingbird/templates/App+build.swift.mustache",
            path: "Sources/App/App+build.swift",
            expected: [
                "    var database = try PostgresClient.Configuration(url: configuration.databaseURL)\n",
                "        database.options.maximumConnections = size\n    }\n    let client = PostgresClient(configuration: database, backgroundLogger: logger)\n",
            ]
        ),
    ]

    @Test(arguments: examples) func sizesTheGeneratedPool(_ example: RecipeShutdownWiringTests.Example) throws {
        try example.wires(try RecipeShutdownWiringTests.generated(example.template))
    }

    @Test(arguments: examples) func leavesAnotherPoolWithANote(_ example: RecipeShutdownWiringTests.Example) throws {
        try example.leavesAHandWrittenEntryPointWithANote()
    }

    /// A pool whose construction matches only in part is left whole: half an edit would size one pool and not the other.
    @Test func leavesAPartlyRecognisedGoEntryPointUnchanged() throws {
        let text = try RecipeShutdownWiringTests.generated("Plugins/api-chi/templates/main.go.mustache")
            .replacingOccurrences(of: "\tdb.SetMaxOpenConns(20)\n", with: "")
        let result = try GoPoolSizeEdit().apply(to: text, path: "cmd/server/main.go")
        #expect(result.text == text)
        #expect(result.notes.count == 1)
    }

    /// With `pgbouncer`, every container that connects is told to prepare nothing on the server, once.
    @Test func pgbouncerTurnsPreparedStatementsOff() throws {
        let text = ScaleExampleFiles.deployment().replacingOccurrences(
            of: "          ports: [{containerPort: 8000}]\n",
            with: "          ports: [{containerPort: 8000}]\n          env:\n            - name: DATABASE_URL\n              value: postgresql://app@pgbouncer:6432/app\n")
        let edit = ConnectionBudgetEdit(
            inventory: ScaleInventory(objects: ScaleInventory.read(text, path: "k8s/web.yaml")), poolSize: 5, maxConnections: 100, reservedConnections: 10, pgbouncer: true)
        let result = try edit.apply(to: text, path: "k8s/web.yaml")
        #expect(result.notes.allSatisfy { $0.hasPrefix("connection budget: ") }, "\(result.notes)")
        #expect(result.text.contains("- name: DB_POOL_SIZE\n              value: \"5\"\n"), "\(result.text)")
        #expect(result.text.contains("- name: DB_PREPARED_STATEMENTS\n              value: \"false\"\n"), "\(result.text)")
        let again = try edit.apply(to: result.text, path: "k8s/web.yaml")
        #expect(again.text == result.text)
        let without = ConnectionBudgetEdit(
            inventory: ScaleInventory(objects: ScaleInventory.read(text, path: "k8s/web.yaml")), poolSize: 5, maxConnections: 100, reservedConnections: 10, pgbouncer: false)
        #expect(!(try without.apply(to: text, path: "k8s/web.yaml")).text.contains("DB_PREPARED_STATEMENTS"))
    }
}

extension RecipeTests {
    /// Per stack: the recipe, with PgBouncer, applied through the brick engine to a service holding the stack's
    /// generated pool file: the check passes, the pool is sized from DB_POOL_SIZE and the pods prepare nothing.
    @Test(arguments: RecipeConnectionBudgetTests.examples)
    func connectionBudgetSizesEachStacksPool(_ example: RecipeShutdownWiringTests.Example) async throws {
        let repo = try await RecipeFixtures.nodeServiceWithManifests()
        let worker = try #require(try RecipeFixtures.text("k8s/worker.yaml", in: repo))
        try repo.commit(
            "database",
            files: [
                "k8s/worker.yaml": .text(worker.replacingOccurrences(of: "            - containerPort: 9000\n", with: Self.databaseEnvironment)),
                example.path: .text(try RecipeShutdownWiringTests.generated(example.template)),
            ])
        try await RecipeFixtures.applyRecipes(["db-connection-budget"], to: repo, parameters: ["db-connection-budget.pgbouncer=true"])
        let after = try Self.scaleResults(repo)["scale.db-connection-budget"]
        #expect(after?.status == .pass, "\(after?.evidence.map(\.message) ?? [])")
        let pool = try #require(try RecipeFixtures.text(example.path, in: repo))
        for line in example.expected { #expect(pool.contains(line), "\(line)\n---\n\(pool)") }
        let edited = try #require(try RecipeFixtures.text("k8s/worker.yaml", in: repo))
        #expect(edited.contains("            - name: DB_PREPARED_STATEMENTS\n              value: \"false\"\n"), "\(edited)")
        #expect(try RecipeFixtures.text("deploy/pgbouncer/pgbouncer.ini", in: repo)?.contains("pool_mode = transaction") == true)
    }
}
#endif
