#if Enterprise
import Foundation
import GroundworkBricks
import GroundworkTestSupport
import Testing
@testable import GroundworkFleet

/// Issue 12 §3: with Enterprise, `contract diff`'s consumer awareness reaches across the fleet —
/// `groundwork fleet consumers` reads every repository's lock files and names the consumers in other
/// repositories that a contract change breaks. Run through the built binary.
@Suite struct FleetConsumersTests {
    /// Two operations; the new contract removes the item route.
    static func contract(withItem: Bool) -> String {
        let item =
            withItem
            ? ##""/invoices/{id}": {"get": {"operationId": "getInvoice", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"200": {"description": "one", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Invoice"}}}}}}},"##
            : ""
        return """
            {"openapi": "3.1.0", "info": {"title": "billing", "version": "\(withItem ? "1.0.0" : "2.0.0")"},
             "paths": {\(item)
               "/invoices": {"get": {"operationId": "listInvoices", "responses": {"200": {"description": "all", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Invoice"}}}}}}}}},
             "components": {"schemas": {"Invoice": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "total": {"type": "integer"}}}}}}
            """
    }

    /// A lock file recording that its service consumes billing's contract and uses `operations`.
    static func lock(operations: [String]) -> String {
        LockFile(consumes: [
            ConsumedContract(
                provider: "billing", providerStack: "go-chi", contract: "billing/openapi.json", version: "1.0.0", digest: String(repeating: "a", count: 64),
                language: "typescript", client: "clients/billing", operations: operations, files: [])
        ]).yaml()
    }

    @Test func theConsumersInOtherRepositoriesThatAChangeBreaksAreNamed() throws {
        let home = try ScratchDirectory()
        let repositories: [(String, [String: FixtureContent])] = [
            ("billing", ["openapi.json": .text(Self.contract(withItem: true))]),
            ("orders", ["README.md": "# orders\n", LockFile.path: .text(Self.lock(operations: ["listInvoices"]))]),
            ("shop", ["README.md": "# shop\n", "reports/" + LockFile.path: .text(Self.lock(operations: ["getInvoice"]))]),
            ("legacy", ["README.md": "# legacy\n", LockFile.path: .text(Self.lock(operations: []))]),
        ]
        var sources = ""
        for (name, files) in repositories {
            let repo = try RepoBuilder()
            try repo.commit("first", files: files)
            try FileManager.default.copyItem(atPath: repo.path, toPath: home.path + "/" + name)
            sources += "  - path: \(name)\n    client: acme\n"
        }
        let fleet = try home.write("version: 1\nname: agency\nsources:\n" + sources, to: "fleet.yaml")
        let old = try home.write(Self.contract(withItem: true), to: "old.json")
        let new = try home.write(Self.contract(withItem: false), to: "new.json")

        let graph = try FleetBinaryTests.run(["fleet", "consumers", "--fleet", fleet, "--format", "json"], home: home.path)
        #expect(graph.status == 0, "\(graph.standardError)")
        let listed = try JSONSerialization.jsonObject(with: Data(graph.standardOutput.utf8)) as? [String: Any]
        let consumers = (listed?["consumers"] as? [[String: Any]])?.map { "\($0["repository"] ?? ""):\($0["folder"] ?? "")" }
        #expect(consumers == ["legacy:", "orders:", "shop:reports"])

        let diff = try FleetBinaryTests.run(["fleet", "consumers", "--fleet", fleet, "--provider", "billing", "--old", old, "--new", new], home: home.path)
        #expect(diff.status == 1, "\(diff.standardOutput)\n\(diff.standardError)")
        // reports calls the removed operation; legacy recorded no operations, so it is taken to use them all;
        // orders only lists invoices and is not named.
        #expect(diff.standardOutput.contains("Breaks shop:reports (typescript client, generated from billing 1.0.0) (it calls GET /invoices/{id}):"))
        #expect(diff.standardOutput.contains("Breaks legacy (typescript client"))
        #expect(!diff.standardOutput.contains("Breaks orders"))

        // A change no consumer's operations touch passes; a repository that cannot be read makes the run incomplete.
        let unchanged = try FleetBinaryTests.run(["fleet", "consumers", "--fleet", fleet, "--provider", "billing", "--old", old, "--new", old], home: home.path)
        #expect(unchanged.status == 0, "\(unchanged.standardOutput)\n\(unchanged.standardError)")
        #expect(unchanged.standardOutput.contains("Nothing breaks."))
        let missing = try home.write("version: 1\nname: gaps\nsources:\n  - path: orders\n  - path: gone\n", to: "gaps.yaml")
        let incomplete = try FleetBinaryTests.run(["fleet", "consumers", "--fleet", missing], home: home.path)
        #expect(incomplete.status == 2, "\(incomplete.standardOutput)\n\(incomplete.standardError)")
        #expect(incomplete.standardOutput.contains("could not read gone:"))
    }

    @Test func aLockFileThatDoesNotParseNamesTheRepositoryAndTheFile() async throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["svc/" + LockFile.path: "version: 9\n"])
        let graph = await FleetConsumerGraph.load([FleetRepository(name: "broken", location: repo.path)], directories: .resolve(), jobs: 2)
        #expect(graph.edges.isEmpty)
        #expect(graph.unreadable.count == 1)
        #expect(graph.unreadable.first?.message.contains("svc/.groundwork/lock.yaml") == true)
    }
}
#endif
