import Foundation
import GroundworkTestSupport
import Testing

/// The proof of the connector bricks (docs/connectors.md), per stack, through the built binary:
/// `groundwork new shop --stack S --model docs/examples/shop.model.yaml`, `groundwork apply` of the six
/// connectors into the work tree, then `scripts/connectors/<stack>.sh DIR`, which starts Redis, aiosmtpd,
/// moto's S3 server and the Stripe-shaped server, lints, and runs the service's own tests (the connectors'
/// fakes and their integration tests against those servers; a skipped connector test fails it). The stacks
/// run at once; about 1.5 minutes each on a loaded 2-core machine once pip's cache is warm, swift-hummingbird
/// 1–3 once its shared build folder holds the dependencies (69 s measured; a cold folder builds them first).
@Suite(.enabled(if: TestPostgres.url != nil, "GROUNDWORK_TEST_POSTGRES_URL is not set: run scripts/postgres-for-tests.sh start (scripts/test.sh does) to prove the connectors"))
struct ConnectorTests {
    static let stacks = ["python-fastapi", "node-express", "go-chi", "swift-hummingbird"]
    static let connectors = ["payments", "email", "storage", "webhooks-out", "webhooks-in", "queue"]
    static func deadline(_ stack: String) -> TimeInterval { stack == "swift-hummingbird" ? 30 * 60 : 10 * 60 }

    @Test(arguments: ConnectorTests.stacks)
    func connectorsPassTheirTestsAgainstLocalServers(stack: String) throws {
        let scratch = ScratchDirectory(prefix: "groundwork-connectors")
        let directory = scratch.path + "/shop"
        let environment = BinaryRunner.environment(cache: scratch.path)
        let root = GeneratedServiceTests.root

        let created = try BinaryRunner.run(["new", directory, "--stack", stack, "--model", root + "/docs/examples/shop.model.yaml"], environment: environment)
        try #require(created.status == 0, "groundwork new exited \(created.status):\n\(created.standardError)")
        let applied = try BinaryRunner.run(["apply"] + Self.connectors + ["--worktree", "-C", directory], environment: environment)
        try #require(applied.status == 0, "groundwork apply exited \(applied.status):\n\(applied.standardError)\(applied.standardOutput)")
        for connector in ["payments", "queue"] {
            let path = directory + Self.connectorFile(connector, stack: stack)
            #expect(FileManager.default.fileExists(atPath: path), "apply did not write \(path)")
        }

        let postgres = try #require(TestPostgres.url)
        let database = try GeneratedServiceTests.freshDatabase(postgres, name: "gw_connectors_" + stack.replacingOccurrences(of: "-", with: "_"))
        var scriptEnvironment = ProcessInfo.processInfo.environment
        scriptEnvironment["DATABASE_URL"] = database
        let problem = GeneratedServiceTests.runScript(
            root + "/scripts/connectors/\(stack).sh", arguments: [directory], environment: scriptEnvironment,
            log: scratch.path + "/\(stack).log", deadline: Self.deadline(stack)
        )
        if let problem { Issue.record("\(stack): \(problem)") }
    }

    /// The folder of each connector in a swift-hummingbird service.
    static let swiftFolders = [
        "payments": "Payments", "email": "Email", "storage": "Storage", "webhooks-out": "WebhooksOut",
        "webhooks-in": "WebhooksIn", "queue": "Queue",
    ]

    /// Where a stack keeps a connector's code (docs/connectors.md, the stack table).
    static func connectorFile(_ connector: String, stack: String) -> String {
        switch stack {
        case "python-fastapi": "/app/connectors/\(connector).py"
        case "go-chi": "/internal/connectors/\(connector)/\(connector).go"
        case "swift-hummingbird": "/Sources/App/Connectors/\(swiftFolders[connector] ?? connector)"
        default: "/src/connectors/\(connector).js"
        }
    }
}
