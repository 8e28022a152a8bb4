import Foundation
import GroundworkTestSupport
import Testing

/// The proof of issue 12 §2–§4, through the built binary: two services of different stacks in one
/// workspace (`groundwork new … --workspace`), `groundwork link` generating the provider's client into the
/// consumer, business code a developer writes calling the provider through it, both services really
/// running on loopback, and a request to the consumer answering with data only the provider holds. Then
/// the consumer contract test against the running provider, the consumer-aware `contract diff` and
/// `groundwork check` against the base branch's contract.
///
/// Heavy (two stacks compile and install): scripts/test.sh runs it after the rest, with the generated
/// services. node-express → go-chi takes a few minutes; python-fastapi → swift-hummingbird is dominated
/// by the Swift build (the shared warm build folder of scripts/stacks/swift-hummingbird.sh).
@Suite(.serialized, .enabled(if: TestPostgres.url != nil, "GROUNDWORK_TEST_POSTGRES_URL is not set: run scripts/postgres-for-tests.sh start (scripts/test.sh does) to run services that talk"))
struct ServicesThatTalkTests {
    static let root = GeneratedServiceTests.root
    static let secret = "development-secret-at-least-32-bytes!"

    @Test func swiftHummingbirdCallsGoChiThroughTheGeneratedClient() async throws {
        try await runPair(consumerStack: "swift-hummingbird", providerStack: "go-chi", businessFile: "Sources/App/Hooks/OrderHooks.swift", businessCode: Self.swiftBusinessCode, deadline: 40 * 60)
    }

    @Test func goChiCallsNodeExpressThroughTheGeneratedClient() async throws {
        try await runPair(consumerStack: "go-chi", providerStack: "node-express", businessFile: "internal/hooks/order.go", businessCode: Self.goBusinessCode, deadline: 15 * 60)
    }

    @Test func nodeExpressCallsGoChiThroughTheGeneratedClient() async throws {
        try await runPair(consumerStack: "node-express", providerStack: "go-chi", businessFile: "src/hooks/order.js", businessCode: Self.nodeBusinessCode, deadline: 15 * 60)
    }

    @Test func pythonFastAPICallsSwiftHummingbirdThroughTheGeneratedClient() async throws {
        try await runPair(consumerStack: "python-fastapi", providerStack: "swift-hummingbird", businessFile: "app/hooks/order.py", businessCode: Self.pythonBusinessCode, deadline: 40 * 60)
    }

    /// Both services, the link, the call across, the contract test, the consumer-aware diff and check.
    func runPair(consumerStack: String, providerStack: String, businessFile: String, businessCode: String, deadline: TimeInterval) async throws {
        let scratch = ScratchDirectory(prefix: "groundwork-talk-\(consumerStack)")
        let workspace = scratch.path + "/shop"
        let environment = BinaryRunner.environment(cache: scratch.path)
        try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        try Self.billingModel.write(toFile: scratch.path + "/billing.model.yaml", atomically: true, encoding: .utf8)
        try Self.ordersModel.write(toFile: scratch.path + "/orders.model.yaml", atomically: true, encoding: .utf8)

        // 1. Two services in one workspace.
        for (name, stack) in [("billing", providerStack), ("orders", consumerStack)] {
            let created = try BinaryRunner.run(["new", name, "--stack", stack, "--model", scratch.path + "/\(name).model.yaml", "--workspace", workspace], environment: environment)
            try #require(created.status == 0, "groundwork new \(name) exited \(created.status): \(created.standardError)\(created.standardOutput)")
            #expect(created.standardOutput.contains("Added \(name) to"))
        }
        let workspaceFile = try String(contentsOfFile: workspace + "/groundwork.workspace.yaml", encoding: .utf8)
        #expect(workspaceFile.contains("stack: \(providerStack)") && workspaceFile.contains("stack: \(consumerStack)"))

        // 2. The developer's business code, then the link (which finds the operations that code calls).
        try businessCode.write(toFile: workspace + "/orders/" + businessFile, atomically: true, encoding: .utf8)
        let linked = try BinaryRunner.run(["link", "orders", "billing", "--workspace", workspace], environment: environment)
        try #require(linked.status == 0, "groundwork link exited \(linked.status): \(linked.standardError)\(linked.standardOutput)")
        #expect(linked.standardOutput.contains("Linked orders (\(consumerStack)) → billing (\(providerStack))"))
        #expect(linked.standardOutput.contains("uses listInvoices"))
        let lock = try String(contentsOfFile: workspace + "/orders/.groundwork/lock.yaml", encoding: .utf8)
        #expect(lock.contains("provider: billing") && lock.contains("operations: [\"listInvoices\"]") && lock.contains("digest: "))
        let compose = try String(contentsOfFile: workspace + "/compose.yaml", encoding: .utf8)
        #expect(compose.contains("BILLING_URL: http://billing:8080") && compose.contains("condition: service_healthy"))
        let linkedFile = try String(contentsOfFile: workspace + "/groundwork.workspace.yaml", encoding: .utf8)
        #expect(linkedFile.contains("consumer: orders") && linkedFile.contains("provider: billing"))

        // 3. Both services on loopback, each with its own database.
        let postgres = try #require(TestPostgres.url)
        let suffix = consumerStack.replacingOccurrences(of: "-", with: "_")
        let billingDatabase = try GeneratedServiceTests.freshDatabase(postgres, name: "talk_billing_\(suffix)")
        let ordersDatabase = try GeneratedServiceTests.freshDatabase(postgres, name: "talk_orders_\(suffix)")
        let billingPort = try Self.freePort(), ordersPort = try Self.freePort()
        let billing = try RunningService(
            stack: providerStack, folder: workspace + "/billing", log: scratch.path + "/billing.log",
            environment: ["PORT": "\(billingPort)", "DATABASE_URL": billingDatabase, "JWT_SECRET": Self.secret]
        )
        defer { billing.stop() }
        let orders = try RunningService(
            stack: consumerStack, folder: workspace + "/orders", log: scratch.path + "/orders.log",
            environment: ["PORT": "\(ordersPort)", "DATABASE_URL": ordersDatabase, "JWT_SECRET": Self.secret, "BILLING_URL": "http://127.0.0.1:\(billingPort)"]
        )
        defer { orders.stop() }
        try await billing.waitForHealth(port: billingPort, deadline: deadline)
        try await orders.waitForHealth(port: ordersPort, deadline: deadline)

        // 4. An invoice only billing holds; orders answers with it, fetched through the generated client
        //    with the caller's token forwarded.
        let token = try Self.token(subject: "e2e-admin", roles: ["admin"])
        let number = "INV-\(providerStack.uppercased())-\(Int.random(in: 1000...9999))"
        let created = try Self.http("POST", "http://127.0.0.1:\(billingPort)/invoices", token: token, body: "{\"number\":\"\(number)\",\"amount\":\"99.50\"}")
        try #require(created.status == 201, "billing answered \(created.status): \(created.body)")
        let invoice = try #require(try JSONSerialization.jsonObject(with: Data(created.body.utf8)) as? [String: Any])
        let invoiceID = try #require(invoice["id"] as? String)
        let summary = try Self.http("GET", "http://127.0.0.1:\(ordersPort)/orders/billing-summary", token: token)
        #expect(summary.status == 200, "orders answered \(summary.status): \(summary.body)\n\(orders.logTail())")
        #expect(summary.body.contains(number), "orders' answer lacks billing's invoice: \(summary.body)")
        #expect(summary.body.contains(invoiceID), "orders' answer lacks the id billing gave the invoice: \(summary.body)")
        // Without a token there is nothing to forward: billing refuses, and orders never reaches it.
        let anonymous = try Self.http("GET", "http://127.0.0.1:\(ordersPort)/orders/billing-summary", token: nil)
        #expect(anonymous.status == 401)

        // 5. The consumer contract test, against the running provider.
        let contractTest = try Self.runContractTest(
            consumerStack: consumerStack, folder: workspace + "/orders", billingURL: "http://127.0.0.1:\(billingPort)", token: token, log: scratch.path + "/contract-test.log")
        #expect(contractTest.status == 0, "the consumer contract test failed:\n\(contractTest.output)")
        #expect(["listInvoices", "list_invoices", "ListInvoices"].contains { contractTest.output.contains($0) }, "\(contractTest.output)")

        // 6. The consumer-aware diff: removing a field orders reads breaks orders; removing an operation
        //    it does not call breaks the contract but not orders.
        let contractPath = workspace + "/billing/openapi.json"
        let original = try Data(contentsOf: URL(fileURLWithPath: contractPath))
        let renamed = try Self.editedContract(original) { document in
            var schemas = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
            var schema = schemas["Invoice"] as? [String: Any] ?? [:]
            var properties = schema["properties"] as? [String: Any] ?? [:]
            properties["invoice_number"] = properties.removeValue(forKey: "number")
            schema["properties"] = properties
            schema["required"] = (schema["required"] as? [String] ?? []).map { $0 == "number" ? "invoice_number" : $0 }
            schemas["Invoice"] = schema
            var components = document["components"] as? [String: Any] ?? [:]
            components["schemas"] = schemas
            document["components"] = components
        }
        let withoutDelete = try Self.editedContract(original) { document in
            var paths = document["paths"] as? [String: Any] ?? [:]
            var item = paths["/invoices/{id}"] as? [String: Any] ?? [:]
            item.removeValue(forKey: "delete")
            paths["/invoices/{id}"] = item
            document["paths"] = paths
        }
        let oldContract = scratch.path + "/billing-old.json"
        try original.write(to: URL(fileURLWithPath: oldContract))
        try renamed.write(to: URL(fileURLWithPath: contractPath))
        let breaking = try BinaryRunner.run(["contract", "diff", oldContract, contractPath, "--workspace", workspace], environment: environment)
        #expect(breaking.status == 1)
        #expect(breaking.standardOutput.contains("Breaks orders (\(consumerStack))."), "\(breaking.standardOutput)")
        try withoutDelete.write(to: URL(fileURLWithPath: contractPath))
        let unused = try BinaryRunner.run(["contract", "diff", oldContract, contractPath, "--workspace", workspace], environment: environment)
        #expect(unused.status == 1, "removing an operation is breaking")
        #expect(!unused.standardOutput.contains("Breaks orders"), "orders does not call deleteInvoice: \(unused.standardOutput)")

        // 7. `groundwork check` in billing's repository: HEAD's contract against main's, from the object database.
        try renamed.write(to: URL(fileURLWithPath: contractPath))
        try BricksEndToEndTests.World.git(["checkout", "-q", "-b", "rename-number"], in: workspace + "/billing")
        try BricksEndToEndTests.World.git(["-c", "user.name=dev", "-c", "user.email=dev@example.com", "commit", "-q", "-am", "Rename number"], in: workspace + "/billing")
        let check = try BinaryRunner.run(["check", workspace + "/billing"], environment: environment)
        #expect(check.status == 1)
        #expect(check.standardOutput.contains("Contract openapi.json against main"), "\(check.standardOutput)")
        #expect(check.standardOutput.contains("Breaks orders (\(consumerStack)) (it calls GET /invoices)."), "\(check.standardOutput)")

        // 8. Linking again after the contract changed regenerates the client (three ways) and records the new digest.
        let relinked = try BinaryRunner.run(["link", "--workspace", workspace], environment: environment)
        #expect(relinked.status == 0, "\(relinked.standardError)\(relinked.standardOutput)")
        let relock = try String(contentsOfFile: workspace + "/orders/.groundwork/lock.yaml", encoding: .utf8)
        #expect(relock != lock, "the lock records the new contract's digest")
    }
}
