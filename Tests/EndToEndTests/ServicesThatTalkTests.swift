import Crypto
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

    /// The provider: invoices, which only it stores.
    static let billingModel = """
        model: 1
        name: billing
        roles: [admin, clerk]
        entities:
          Invoice:
            fields:
              number: {type: string, required: true, max_length: 40}
              amount: {type: decimal, precision: 12, scale: 2, required: true, min: 0}
              status: {type: enum, values: [open, paid], default: open}
            api:
              filter: [number, status]
              sort: [number, created_at]
            access:
              grants:
                admin: {actions: [create, read, list, update, delete]}
                clerk: {actions: [read, list]}

        """

    /// The consumer: orders, which ask billing for their invoices.
    static let ordersModel = """
        model: 1
        name: orders
        roles: [admin, clerk]
        entities:
          Order:
            fields:
              reference: {type: string, required: true, max_length: 40}
            access:
              grants:
                admin: {actions: [create, read, list, update, delete]}
                clerk: {actions: [read, list]}

        """

    /// The business route a developer writes in the node consumer's seed hooks: the provider's invoices, fetched through the client.
    static let nodeBusinessCode = """
        'use strict'

        const { billingClient } = require('../clients/billing')

        module.exports = {
          routes (router, { authorize }) {
            router.get('/billing-summary', authorize('list'), async (req, res, next) => {
              try {
                const billing = await billingClient(req)
                const page = await billing.listInvoices({ sort: 'number' })
                res.json({ source: 'billing', invoices: page.items.map((invoice) => ({ id: invoice.id, number: invoice.number, amount: invoice.amount })) })
              } catch (error) {
                next(error)
              }
            })
          }
        }

        """

    /// The same in the python consumer's seed hooks (a FastAPI route under /orders).
    static let pythonBusinessCode = """
        \"\"\"Business logic of Order: the invoices billing holds for our orders.\"\"\"

        from typing import Annotated, Any

        from billing_client import Client
        from fastapi import APIRouter, Depends

        from app.clients.billing import billing_client
        from app.core.access import Access, require
        from app.models.order import Order

        router = APIRouter()


        @router.get("/billing-summary")
        def billing_summary(
            _access: Annotated[Access, Depends(require("list", Order))],
            billing: Annotated[Client, Depends(billing_client)],
        ) -> dict[str, Any]:
            page = billing.list_invoices(sort="number")
            invoices = [{"id": str(invoice.id), "number": invoice.number, "amount": invoice.amount} for invoice in page.items]
            return {"source": "billing", "invoices": invoices}

        """

    /// The same in the go consumer's hooks (a chi route under /orders): the glue package's shared client,
    /// called with the request's context so the caller's token and traceparent go on.
    static let goBusinessCode = """
        // Package hooks is where the business logic of each entity lives.
        package hooks

        import (
        \t"database/sql"
        \t"net/http"

        \t"github.com/go-chi/chi/v5"

        \tbillingclient "orders/clients/billing"
        \t"orders/internal/clients/billing"
        \t"orders/internal/httpx"
        \t"orders/internal/resource"
        )

        // Order holds the business logic of Order: the invoices billing holds for our orders.
        type Order struct {
        \tresource.NoHooks
        }

        type invoiceSummary struct {
        \tID     string `json:"id"`
        \tNumber string `json:"number"`
        \tAmount string `json:"amount"`
        }

        // Routes adds GET /orders/billing-summary.
        func (Order) Routes(r chi.Router, db *sql.DB) {
        \tr.Get("/billing-summary", func(w http.ResponseWriter, r *http.Request) {
        \t\tclient, err := billing.Client()
        \t\tif err != nil {
        \t\t\thttpx.Error(w, r, err)
        \t\t\treturn
        \t\t}
        \t\tsort := "number"
        \t\tpage, err := client.ListInvoices(billing.Context(r), billingclient.ListInvoicesParams{Sort: &sort})
        \t\tif err != nil {
        \t\t\thttpx.Error(w, r, err)
        \t\t\treturn
        \t\t}
        \t\tinvoices := make([]invoiceSummary, 0, len(page.Items))
        \t\tfor _, invoice := range page.Items {
        \t\t\tinvoices = append(invoices, invoiceSummary{ID: invoice.ID, Number: invoice.Number, Amount: invoice.Amount})
        \t\t}
        \t\thttpx.WriteJSON(w, http.StatusOK, map[string]any{"source": "billing", "invoices": invoices})
        \t})
        }

        """

    /// The same in the swift consumer's hooks (a Hummingbird route under /orders): the glue taken at start,
    /// a client per request carrying the caller's token and traceparent.
    static let swiftBusinessCode = """
        import Hummingbird

        /// The business logic of Order: the invoices billing holds for our orders.
        struct OrderHooks: EntityHooks {
            struct InvoiceSummary: Codable {
                var id: String
                var number: String
                var amount: String
            }

            struct BillingSummary: ResponseCodable {
                var source: String
                var invoices: [InvoiceSummary]
            }

            func addRoutes(to group: RouterGroup<AppRequestContext>, repository: EntityRepository) {
                let billing = BillingService.environment
                group.get("billing-summary") { request, context -> BillingSummary in
                    _ = try context.requireCaller()
                    let page = try await billing.client(for: request).listInvoices(query: .init(sort: "number")).ok.body.json
                    let invoices = page.items.map { InvoiceSummary(id: $0.id, number: $0.number, amount: $0.amount) }
                    return BillingSummary(source: "billing", invoices: invoices)
                }
            }
        }

        """

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

    // MARK: Helpers

    /// A service started with `scripts/stacks/<stack>.sh --serve DIR` in its own process group.
    final class RunningService: @unchecked Sendable {
        let process = Process()
        let log: String

        init(stack: String, folder: String, log: String, environment extra: [String: String]) throws {
            self.log = log
            FileManager.default.createFile(atPath: log, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
            var environment = ProcessInfo.processInfo.environment
            environment.merge(extra) { _, new in new }
            environment["RATE_LIMIT_PER_MINUTE"] = "100000"
            environment["RATE_LIMIT_BURST"] = "10000"
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
            process.arguments = ["--wait", "/bin/bash", ServicesThatTalkTests.root + "/scripts/stacks/\(stack).sh", "--serve", folder]
            process.environment = environment
            process.standardOutput = handle
            process.standardError = handle
            try UnblockedSignals.run(process)
        }

        /// Polls `/health` until it answers 200; fails with the log's tail when the service stops or the deadline passes.
        func waitForHealth(port: Int, deadline: TimeInterval) async throws {
            let start = Date()
            while Date().timeIntervalSince(start) < deadline {
                if let answer = try? ServicesThatTalkTests.http("GET", "http://127.0.0.1:\(port)/health", token: nil), answer.status == 200 { return }
                guard process.isRunning else { throw GeneratedServiceError("the service stopped before answering /health:\n\(logTail())") }
                try await Task.sleep(nanoseconds: 1_000_000_000)
            }
            throw GeneratedServiceError("no answer on /health within \(Int(deadline / 60)) minutes:\n\(logTail())")
        }

        func logTail() -> String {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(60).joined(separator: "\n")
        }

        /// Stops the service's whole session (make, the runtime, the compiler if still building). `setsid`
        /// forks when it already leads a process group, so the session may be led by its child: both are
        /// signalled. Never `waitUntilExit`, which can wait forever on Linux when the exit was missed; a
        /// bounded poll of `isRunning` instead.
        func stop() {
            let pid = process.processIdentifier
            let children = ((try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").compactMap { Int32($0) }
            for signal in [SIGTERM, SIGKILL] {
                for leader in [pid] + children { kill(-leader, signal) }
                let start = Date()
                while process.isRunning, Date().timeIntervalSince(start) < 10 { usleep(100_000) }
                if !process.isRunning { return }
            }
        }
    }

    /// The consumer's generated contract test, run with its stack's test runner against the provider.
    static func runContractTest(consumerStack: String, folder: String, billingURL: String, token: String, log: String) throws -> (status: Int32, output: String) {
        let arguments: [String]
        switch consumerStack {
        case "node-express": arguments = ["node", "--test", "test/billing.contract.test.js"]
        case "swift-hummingbird":
            let scratch = ProcessInfo.processInfo.environment["GROUNDWORK_SWIFT_SCRATCH"] ?? NSHomeDirectory() + "/.cache/groundwork/swift-hummingbird-build"
            // Not --skip-build: the build folder is shared, and another package may have built in it since.
            arguments = ["swift", "test", "--scratch-path", scratch, "--filter", "BillingContractTests"]
        case "go-chi": arguments = ["bash", root + "/scripts/stacks/go-chi.sh", "--exec", folder, "go", "test", "-v", "-count=1", "./internal/clients/billing/"]
        default: arguments = [folder + "/.venv/bin/pytest", "-v", "tests/test_billing_contract.py"]
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["BILLING_URL"] = billingURL
        environment["BILLING_TOKEN"] = token
        environment["DATABASE_URL"] = environment["DATABASE_URL"] ?? "postgres://unused"
        process.environment = environment
        FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try UnblockedSignals.run(process)
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    /// An HS256 development token with the claims of docs/model.md (sub, roles, tenant).
    static func token(subject: String, roles: [String]) throws -> String {
        func base64URL(_ data: Data) -> String {
            data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }
        let header = base64URL(Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let claims: [String: Any] = ["sub": subject, "roles": roles, "tenant": "acme", "iat": Int(Date().timeIntervalSince1970), "exp": Int(Date().timeIntervalSince1970) + 3600]
        let payload = base64URL(try JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys]))
        let signature = HMAC<SHA256>.authenticationCode(for: Data("\(header).\(payload)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "\(header).\(payload).\(base64URL(Data(signature)))"
    }

    /// One HTTP exchange through curl (the test's own client; the product's HTTP goes through libcurl).
    static func http(_ method: String, _ url: String, token: String?, body: String? = nil) throws -> (status: Int, body: String) {
        var arguments = ["-sS", "-X", method, "-o", "-", "-w", "\n%{http_code}", "--max-time", "30", url]
        if let token { arguments += ["-H", "Authorization: Bearer \(token)"] }
        if let body { arguments += ["-H", "Content-Type: application/json", "--data", body] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try UnblockedSignals.run(process)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw GeneratedServiceError("curl \(method) \(url) failed (\(process.terminationStatus))") }
        let text = String(decoding: data, as: UTF8.self)
        let split = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(split.last ?? "") ?? 0, split.dropLast().joined(separator: "\n"))
    }

    static func freePort() throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1]); s.close()"]
        let output = Pipe()
        process.standardOutput = output
        try UnblockedSignals.run(process)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let port = Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else { throw GeneratedServiceError("no free port") }
        return port
    }

    static func editedContract(_ data: Data, _ edit: (inout [String: Any]) -> Void) throws -> Data {
        var document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        edit(&document)
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}
