import Foundation
import GroundworkContracts
import GroundworkTestSupport
import Testing

/// Generated clients are written, then checked by their own toolchain: smoke tests run and types check.
@Suite struct ClientGenerationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/billing.yaml").path
    static let onCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static func tool(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try UnblockedSignals.run(process)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gw-client-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func modelHasTypesOperationsAndPages() throws {
        let (api, warnings) = try ClientAPIBuilder.build(try ContractLoader.load(path: Self.fixture))
        #expect(warnings.isEmpty)
        #expect(api.operations.map(\.name) == ["health", "listInvoices", "createInvoice", "getInvoice", "updateInvoice", "deleteInvoice", "getPayment"])
        let list = try #require(api.operations.first { $0.name == "listInvoices" })
        #expect(list.pagination?.style == .cursor)
        #expect(list.parameters.map(\.name) == ["status", "totalGte", "limit", "cursor", "xRequestId"])
        #expect(api.operations.first { $0.name == "health" }?.authenticated == false)
        #expect(api.operations.first { $0.name == "createInvoice" }?.idempotent == false)
        let payment = try #require(api.types.first { $0.name == "Payment" })
        guard case .union(let variants, let discriminator?) = payment.kind else {
            Issue.record("Payment is not a union with a discriminator: \(payment.kind)")
            return
        }
        #expect(variants == [.named("CardPayment"), .named("BankPayment")])
        #expect(discriminator.property == "method")
        #expect(discriminator.mapping.map(\.value) == ["card", "bank"])
        let invoice = try #require(api.types.first { $0.name == "Invoice" })
        guard case .object(let properties) = invoice.kind else { Issue.record("Invoice is not an object"); return }
        #expect(properties.first { $0.jsonName == "due_date" }?.type == .nullable(.string(format: "date")))
        #expect(properties.first { $0.jsonName == "metadata" }?.type == .map(.string(format: nil)))
    }

    /// JSON contracts keep their document order (Foundation's JSONDecoder would not), so a client
    /// generated twice from the same contract is the same client, in the order the author wrote.
    @Test func jsonContractsKeepTheirDocumentOrder() throws {
        let json = """
            {"openapi": "3.1.0", "info": {"title": "zoo", "version": "1.0.0"},
             "paths": {
               "/zebras": {"get": {"operationId": "listZebras", "responses": {"200": {"description": "ok",
                 "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Zebra"}}}}}}},
               "/apples": {"get": {"operationId": "listApples", "responses": {"204": {"description": "none"}}}},
               "/mangoes": {"get": {"operationId": "listMangoes", "responses": {"204": {"description": "none"}}}}},
             "components": {"schemas": {
               "Zebra": {"type": "object", "properties": {"stripes": {"type": "integer"}, "age": {"type": "integer"},
                 "mane": {"type": "string"}, "bite": {"type": "number", "minimum": 1e3}}},
               "Apple": {"type": "object", "properties": {"z": {"type": "string"}, "a": {"type": "string"}}}}}}
            """
        let contract = try ContractLoader.decode(Data(json.utf8), file: "zoo.json")
        let (api, _) = try ClientAPIBuilder.build(contract)
        #expect(api.operations.map(\.name) == ["listZebras", "listApples", "listMangoes"])
        #expect(api.types.map(\.name) == ["Zebra", "Apple"])
        let zebra = try #require(api.types.first)
        guard case .object(let properties) = zebra.kind else { Issue.record("Zebra is not an object"); return }
        #expect(properties.map(\.jsonName) == ["stripes", "age", "mane", "bite"])
    }

    /// Skipped (visibly) without node and tsc; under CI their absence is a failure.
    @Test(.enabled(if: (tool("node") != nil && tool("tsc") != nil) || onCI, "needs node and tsc (node-typescript)"))
    func typeScriptClientPassesItsSmokeTestAndTypeChecks() throws {
        guard let node = Self.tool("node"), let tsc = Self.tool("tsc") else {
            Issue.record("node and tsc are required under CI (apt-get install nodejs node-typescript)")
            return
        }
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let client = try ClientGenerator.generate(try ContractLoader.load(path: Self.fixture), language: .typescript, packageName: "billing-client")
        try ClientWriter.write(client, to: folder.path)
        let test = try Self.run(node, ["--test", "client.test.js"], in: folder)
        #expect(test.status == 0, "node --test failed:\n\(test.output)")
        let check = try Self.run(tsc, ["--noEmit", "--strict", "--target", "es2022", "--module", "es2022", "--moduleResolution", "node", "--lib", "es2022,dom", "typecheck.ts"], in: folder)
        #expect(check.status == 0, "tsc failed:\n\(check.output)")
        let syntax = try Self.run(node, ["--check", "index.js"], in: folder)
        #expect(syntax.status == 0, "node --check failed:\n\(syntax.output)")
    }

    /// The Python tools venv of scripts/python-tools.sh (the test command exports GROUNDWORK_TOOLS_VENV).
    static let toolsVenv: String? = {
        let path = ProcessInfo.processInfo.environment["GROUNDWORK_TOOLS_VENV"] ?? NSHomeDirectory() + "/.cache/groundwork/tools-venv"
        return FileManager.default.isExecutableFile(atPath: path + "/bin/pytest") ? path : nil
    }()

    /// Skipped (visibly) without the tools venv; under CI its absence is a failure.
    @Test(.enabled(if: toolsVenv != nil || onCI, "needs scripts/python-tools.sh (httpx, pytest, ruff)"))
    func pythonClientPassesItsSmokeTestAndRuffCheck() throws {
        guard let venv = Self.toolsVenv else {
            Issue.record("the Python tools are required under CI: run scripts/python-tools.sh")
            return
        }
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let client = try ClientGenerator.generate(try ContractLoader.load(path: Self.fixture), language: .python, packageName: "billing_client")
        try ClientWriter.write(client, to: folder.path)
        let test = try Self.run(venv + "/bin/python", ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], in: folder, environment: ["PYTHONPATH": folder.path])
        #expect(test.status == 0, "pytest failed:\n\(test.output)")
        let lint = try Self.run(venv + "/bin/ruff", ["check", "--no-cache", "."], in: folder)
        #expect(lint.status == 0, "ruff check failed:\n\(lint.output)")
    }

    /// Skipped (visibly) without Go; under CI its absence is a failure.
    @Test(.enabled(if: tool("go") != nil || onCI, "needs go (golang-go)"))
    func goClientPassesVetGofmtAndItsSmokeTest() throws {
        guard let go = Self.tool("go"), let gofmt = Self.tool("gofmt") else {
            Issue.record("go is required under CI: apt-get install golang-go")
            return
        }
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let client = try ClientGenerator.generate(try ContractLoader.load(path: Self.fixture), language: .go, packageName: "billingclient")
        try ClientWriter.write(client, to: folder.path)
        let offline = ["GOPROXY": "off", "GOFLAGS": "-mod=mod", "GO111MODULE": "on"]
        let format = try Self.run(gofmt, ["-l", "."], in: folder)
        #expect(format.status == 0 && format.output.isEmpty, "gofmt -l lists files:\n\(format.output)")
        let vet = try Self.run(go, ["vet", "./..."], in: folder, environment: offline)
        #expect(vet.status == 0, "go vet failed:\n\(vet.output)")
        let test = try Self.run(go, ["test", "./..."], in: folder, environment: offline)
        #expect(test.status == 0, "go test failed:\n\(test.output)")
    }

    /// The Swift client builds (swift-openapi-generator runs as a build plugin) and its smoke test passes.
    /// The build folder is shared between runs so only the first one compiles the generator.
    @Test func swiftClientBuildsAndPassesItsSmokeTest() throws {
        guard let swift = Self.tool("swift") else {
            Issue.record("swift is not on PATH")
            return
        }
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let client = try ClientGenerator.generate(try ContractLoader.load(path: Self.fixture), language: .swift, packageName: "BillingClient")
        try ClientWriter.write(client, to: folder.path)
        let cache = NSHomeDirectory() + "/.cache/groundwork/swift-client-build"
        let test = try Self.run(swift, ["test", "--scratch-path", cache, "--disable-sandbox"], in: folder)
        #expect(test.status == 0, "swift test of the generated client failed:\n\(test.output.suffix(6000))")
    }
}
