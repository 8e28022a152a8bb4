#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing

/// Tier 3, on loopback, through the built binary: a service generated from the shop model with the
/// kubernetes brick and a recipe applied, run against PostgreSQL under wrk load — SIGTERM for each stack
/// the recipe changes (scripts/recipes/sigterm-under-load.sh), the connection budget through PgBouncer
/// (scripts/recipes/connection-budget.sh, each stack). A heavy suite: the test command runs it after the rest.
@Suite(.serialized) struct RecipeBehaviourTests {
    static let environment = ProcessInfo.processInfo.environment
    static var database: String? { environment["GROUNDWORK_TEST_POSTGRES_URL"] }
    static var ready: Bool {
        let home = environment["HOME"] ?? "/root"
        return database != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/wrk")
            && FileManager.default.fileExists(atPath: home + "/.cache/groundwork/node-debian/.complete")
    }

    /// The stacks whose application the graceful-shutdown recipe changes, and the line of its wiring
    /// that the entry point holds once the recipe is applied.
    static let shutdownWiring: [String: (path: String, line: String)] = [
        "node-express": ("src/index.js", "gracefulShutdown(server, { log, close: () => pool.end() })"),
        "python-fastapi": ("app/main.py", "app = graceful_shutdown(create_app())"),
        "go-chi": ("cmd/server/main.go", "return drainer.Shutdown(logger)"),
        "swift-hummingbird": ("Sources/App/App.swift", "try await GracefulShutdown(logger: app.logger).run(app)"),
    ]

    /// Per stack: the generated service without the recipe loses requests when SIGTERM arrives under
    /// load (the contrast), and with it loses none and exits 0. One service per stack: the recipe is
    /// applied to the one the contrast ran on, so its dependencies are fetched and built once.
    @Test(
        .enabled(
            if: RecipeBehaviourTests.ready || RecipeBehaviourTests.environment["CI"] == "true",
            "needs GROUNDWORK_TEST_POSTGRES_URL, wrk and the node-express Debian packages (scripts/stacks/node-express.sh); the other stacks' scripts fetch theirs"),
        arguments: ["node-express", "python-fastapi", "go-chi", "swift-hummingbird"]
    )
    func sigtermUnderLoadLosesNothing(stack: String) throws {
        let home = ScratchDirectory()
        let service = try Self.generatedService(home: home, stack: stack)
        let (contrastStatus, contrast) = try Self.runScript("sigterm-under-load.sh", "--expect-loss", service: service)
        #expect(contrastStatus == 0, "without the recipe: \(contrast)")
        #expect(!contrast.contains("lost=0"), "without the recipe: \(contrast)")

        try Self.apply("graceful-shutdown", to: service, home: home)
        let wiring = try #require(Self.shutdownWiring[stack])
        let entryPoint = try String(contentsOfFile: service + "/" + wiring.path, encoding: .utf8)
        #expect(entryPoint.contains(wiring.line), "\(wiring.path):\n\(entryPoint)")
        let deployment = try String(contentsOfFile: service + "/deploy/kubernetes/base/deployment.yaml", encoding: .utf8)
        #expect(deployment.contains("preStop"))

        let (status, text) = try Self.runScript("sigterm-under-load.sh", service: service)
        #expect(status == 0, "\(text)")
        #expect(text.contains("read=0 write=0 timeout=0 non2xx=0 exit=0"), "\(text)")
        #expect(text.contains("lost=0"), "\(text)")
    }

    /// The line each stack's pool edit leaves in the generated service: its pool sized from DB_POOL_SIZE.
    static let poolSizing: [String: (path: String, line: String)] = [
        "node-express": ("src/api/db.js", "max: Number(process.env.DB_POOL_SIZE) || 10"),
        "python-fastapi": ("app/core/db.py", "pool_size=int(os.environ.get(\"DB_POOL_SIZE\", \"5\"))"),
        "go-chi": ("cmd/server/main.go", "db.SetMaxOpenConns(poolSize(20))"),
        "swift-hummingbird": ("Sources/App/App+build.swift", "database.options.maximumConnections = size"),
    ]

    /// Per stack: the recipe applied with PgBouncer through the binary, then three processes with pools of 5
    /// through Debian's PgBouncer 1.18 in transaction mode under wrk load (scripts/recipes/connection-budget.sh):
    /// no failed request, never more than PgBouncer's 6 connections. For go-chi the same service without
    /// DB_PREPARED_STATEMENTS=false is the contrast: lib/pq's split Parse and Bind fail through PgBouncer.
    @Test(
        .enabled(
            if: RecipeBehaviourTests.ready || RecipeBehaviourTests.environment["CI"] == "true",
            "needs GROUNDWORK_TEST_POSTGRES_URL, wrk and the node-express Debian packages (scripts/stacks/node-express.sh); the other stacks' scripts fetch theirs"),
        arguments: ["node-express", "python-fastapi", "go-chi", "swift-hummingbird"]
    )
    func poolsStayWithinTheBudgetThroughPgBouncer(stack: String) throws {
        let home = ScratchDirectory()
        let service = try Self.generatedService(home: home, stack: stack)
        let apply = try FleetBinaryTests.run(
            ["recipes", "apply", "db-connection-budget", "-C", service, "--worktree", "--param", "db-connection-budget.pgbouncer=true"], home: home.path)
        #expect(apply.status == 0, "\(apply.standardOutput)\(apply.standardError)")
        let sizing = try #require(Self.poolSizing[stack])
        let pool = try String(contentsOfFile: service + "/" + sizing.path, encoding: .utf8)
        #expect(pool.contains(sizing.line), "\(sizing.path):\n\(pool)")
        // The kubernetes brick's Deployment names no DATABASE_URL, so the manifest edit has no container to give
        // DB_POOL_SIZE and DB_PREPARED_STATEMENTS (RecipeTests covers it); the script sets them as it would.
        #expect(FileManager.default.fileExists(atPath: service + "/deploy/pgbouncer/pgbouncer.ini"))

        let (status, text) = try Self.runScript("connection-budget.sh", service: service)
        #expect(status == 0, "\(text)")
        #expect(text.contains("stack=\(stack) ") && text.contains(" failed=0 ") && text.contains("budget=6"), "\(text)")
        if stack == "go-chi" {
            let (contrastStatus, contrast) = try Self.runScript("connection-budget.sh", "--expect-failures", service: service)
            #expect(contrastStatus == 0, "without DB_PREPARED_STATEMENTS=false: \(contrast)")
        }
    }

    /// A service of `stack` from the shop model with the kubernetes brick (or `bricks`), generated through the binary.
    static func generatedService(home: ScratchDirectory, stack: String, bricks: String = "kubernetes") throws -> String {
        let new = try FleetBinaryTests.run(
            ["new", "orders", "--stack", stack, "--with", bricks, "--model", RecipeFixtures.root + "/docs/examples/shop.model.yaml"],
            home: home.path, directory: home.path
        )
        #expect(new.status == 0, "\(new.standardError)")
        return home.appending("orders")
    }

    /// Applies `recipe` to the service's work tree through the binary (evaluation mode).
    static func apply(_ recipe: String, to service: String, home: ScratchDirectory) throws {
        let apply = try FleetBinaryTests.run(["recipes", "apply", recipe, "-C", service, "--worktree"], home: home.path)
        #expect(apply.status == 0, "\(apply.standardOutput)\(apply.standardError)")
        #expect(apply.standardError.contains("EVALUATION"))
    }

    /// Runs scripts/recipes/`name` on the service, with the test database when there is one, for at most
    /// `seconds`; (exit status, output).
    static func runScript(_ name: String, _ options: String..., service: String, seconds: Int = 600) throws -> (Int32, String) {
        // Output goes to a file, not a pipe: a server the script failed to stop would hold a pipe open and
        // the read would never end. timeout(1) bounds the script and signals its whole process group.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("groundwork-recipe-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["-k", "10", "\(seconds)s", RecipeFixtures.root + "/scripts/recipes/" + name] + options + [service]
        var environment = Self.environment
        // The scripts that need a database say so when DATABASE_URL is missing (exit 64).
        if let database = Self.database { environment["DATABASE_URL"] = database }
        process.environment = environment
        process.standardOutput = handle
        process.standardError = handle
        try UnblockedSignals.run(process)
        // A bounded poll, never waitUntilExit (which can miss an exit on Linux and wait forever).
        let deadline = Date().addingTimeInterval(TimeInterval(seconds + 60))
        while process.isRunning, Date() < deadline { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.isRunning ? -1 : process.terminationStatus, text)
    }
}
#endif
