#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing

/// Tier 3, on loopback, through the built binary: a node-express service generated from the shop model
/// with the kubernetes brick and a recipe applied, run against PostgreSQL under wrk load — SIGTERM
/// (scripts/recipes/sigterm-under-load.sh), the connection budget through PgBouncer
/// (scripts/recipes/connection-budget.sh). A heavy suite: the test command runs it after the rest.
@Suite(.serialized) struct RecipeBehaviourTests {
    static let environment = ProcessInfo.processInfo.environment
    static var database: String? { environment["GROUNDWORK_TEST_POSTGRES_URL"] }
    static var ready: Bool {
        let home = environment["HOME"] ?? "/root"
        return database != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/wrk")
            && FileManager.default.fileExists(atPath: home + "/.cache/groundwork/node-debian/.complete")
    }

    @Test(.enabled(if: RecipeBehaviourTests.ready || RecipeBehaviourTests.environment["CI"] == "true", "needs GROUNDWORK_TEST_POSTGRES_URL, wrk and the node-express Debian packages (scripts/stacks/node-express.sh)"))
    func sigtermUnderLoadLosesNothing() throws {
        let home = ScratchDirectory()
        let service = try Self.generatedService(home: home, recipe: "graceful-shutdown")
        let index = try String(contentsOfFile: service + "/src/index.js", encoding: .utf8)
        #expect(index.contains("gracefulShutdown(server, { log, close: () => pool.end() })"))
        let deployment = try String(contentsOfFile: service + "/deploy/kubernetes/base/deployment.yaml", encoding: .utf8)
        #expect(deployment.contains("preStop"))

        let (status, text) = try Self.runScript("sigterm-under-load.sh", service: service)
        #expect(status == 0, "\(text)")
        #expect(text.contains("read=0 write=0 timeout=0 non2xx=0 exit=0"), "\(text)")
    }

    @Test(.enabled(if: RecipeBehaviourTests.ready || RecipeBehaviourTests.environment["CI"] == "true", "needs GROUNDWORK_TEST_POSTGRES_URL, wrk and the node-express Debian packages (scripts/stacks/node-express.sh)"))
    func poolsStayWithinTheBudgetThroughPgBouncer() throws {
        let home = ScratchDirectory()
        let service = try Self.generatedService(home: home, recipe: "db-connection-budget")
        let db = try String(contentsOfFile: service + "/src/api/db.js", encoding: .utf8)
        #expect(db.contains("max: Number(process.env.DB_POOL_SIZE) || 10"))
        let (status, text) = try Self.runScript("connection-budget.sh", service: service)
        #expect(status == 0, "\(text)")
        #expect(text.contains("budget=6"), "\(text)")
    }

    /// A node-express service from the shop model with the kubernetes brick, generated and changed by
    /// `recipe` in its work tree, both through the binary (evaluation mode).
    static func generatedService(home: ScratchDirectory, recipe: String) throws -> String {
        let new = try FleetBinaryTests.run(
            ["new", "orders", "--stack", "node-express", "--with", "kubernetes", "--model", RecipeFixtures.root + "/docs/examples/shop.model.yaml"],
            home: home.path, directory: home.path
        )
        #expect(new.status == 0, "\(new.standardError)")
        let service = home.appending("orders")
        let apply = try FleetBinaryTests.run(["recipes", "apply", recipe, "-C", service, "--worktree"], home: home.path)
        #expect(apply.status == 0, "\(apply.standardOutput)\(apply.standardError)")
        #expect(apply.standardError.contains("EVALUATION"))
        return service
    }

    /// Runs scripts/recipes/`name` on the service with the test database; (exit status, output).
    static func runScript(_ name: String, service: String) throws -> (Int32, String) {
        // Output goes to a file, not a pipe: a server the script failed to stop would hold a pipe open and
        // the read would never end. timeout(1) bounds the script and signals its whole process group.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("groundwork-recipe-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["-k", "10", "600s", RecipeFixtures.root + "/scripts/recipes/" + name, service]
        var environment = Self.environment
        environment["DATABASE_URL"] = try #require(Self.database)
        process.environment = environment
        process.standardOutput = handle
        process.standardError = handle
        try UnblockedSignals.run(process)
        // A bounded poll, never waitUntilExit (which can miss an exit on Linux and wait forever).
        let deadline = Date().addingTimeInterval(660)
        while process.isRunning, Date() < deadline { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.isRunning ? -1 : process.terminationStatus, text)
    }
}
#endif
