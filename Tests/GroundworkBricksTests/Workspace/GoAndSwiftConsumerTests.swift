import Foundation
import GroundworkContracts
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

/// `groundwork link` into go-chi and swift-hummingbird consumers: the operation scan of Go and Swift
/// sources, the glue and contract test each writes, and the Package.swift edit (issue 12 §2, §4).
@Suite("link writes go-chi and swift-hummingbird consumers")
struct GoAndSwiftConsumerTests {
    /// A small invoices API: a list, a creation, a read by id and a deletion.
    static let contract = #"""
        {"openapi": "3.1.0", "info": {"title": "billing", "version": "1.2.0"},
         "paths": {
          "/invoices": {
            "get": {"operationId": "listInvoices", "parameters": [{"name": "sort", "in": "query", "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Invoice"}}}}}}},
            "post": {"operationId": "createInvoice",
                     "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InvoiceCreate"}}}},
                     "responses": {"201": {"description": "created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Invoice"}}}}}}
          },
          "/invoices/{id}": {
            "get": {"operationId": "getInvoice", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Invoice"}}}}}},
            "delete": {"operationId": "deleteInvoice", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                       "responses": {"204": {"description": "gone"}}}
          }
         },
         "components": {"schemas": {
          "Invoice": {"type": "object", "required": ["id", "number"], "properties": {"id": {"type": "string"}, "number": {"type": "string"}}},
          "InvoiceCreate": {"type": "object", "required": ["number"], "properties": {"number": {"type": "string"}}}
         }}}
        """#

    static func api() throws -> (ClientAPI, Contract) {
        let contract = try ContractLoader.decode(Data(Self.contract.utf8), file: "openapi.json")
        return (try ClientAPIBuilder.build(contract).api, contract)
    }

    static func edge(consumerStack: String, language: ClientLanguage, used: [String]) throws -> ConsumerEdge {
        let (api, contract) = try api()
        var edge = ConsumerEdge(
            consumer: WorkspaceService(name: "orders", stack: consumerStack, port: 8081),
            provider: WorkspaceService(name: "billing", stack: "node-express", port: 8080),
            auth: .forward, api: api, samples: RequestSamples(contract), used: [], language: language,
            packageName: ConsumerStack.packageName(provider: "billing", language: language), clientFolder: "clients/billing"
        )
        edge.consumerModule = "example.com/orders"
        edge.used = ConsumerEdge.testOrder(api.operations.filter { used.contains($0.name) })
        return edge
    }

    /// Writes `files` under a scratch folder and scans it.
    static func scan(_ files: [String: String], language: ClientLanguage, excluding: [String] = []) throws -> [String] {
        let scratch = ScratchDirectory(prefix: "groundwork-usage")
        for (path, text) in files {
            let url = URL(fileURLWithPath: scratch.appending(path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return OperationUsage.scan(folder: scratch.path, language: language, api: try api().0, excluding: excluding)
    }

    // MARK: The operation scan

    @Test func goCallsOfExportedMethodsNameTheOperations() throws {
        let used = try Self.scan(
            [
                "internal/hooks/order.go": "page, err := client.ListInvoices(billing.Context(r), billingclient.ListInvoicesParams{})\nclient.GetInvoice(ctx, id)",
                "internal/hooks/order_test.go": "// nothing else",
                "clients/billing/operations.go": "func (c *Client) DeleteInvoice(ctx context.Context, id string) error {",
                "vendor/x/y.go": "c.CreateInvoice(ctx, body)",
            ], language: .go, excluding: ["clients/billing"])
        #expect(used == ["listInvoices", "getInvoice"])
    }

    @Test func swiftCallsOfTheGeneratedClientNameTheOperations() throws {
        let used = try Self.scan(
            [
                "Sources/App/Hooks/OrderHooks.swift": "let page = try await client.listInvoices(query: .init(sort: \"number\")).ok.body.json",
                "Sources/App/Other.swift": "_ = try await billing.createInvoice(body: .json(body))",
                ".build/checkouts/x.swift": "client.deleteInvoice(path: .init(id: id))",
                "Sources/App/Notes.md": "client.getInvoice(",
            ], language: .swift)
        #expect(used == ["listInvoices", "createInvoice"])
    }

    @Test func aGoModuleLineNamesTheModule() {
        #expect(GoConsumerFiles.modulePath(goMod: "// comment\nmodule example.com/orders\n\ngo 1.19\n") == "example.com/orders")
        #expect(GoConsumerFiles.modulePath(goMod: "go 1.19\n") == nil)
    }

    // MARK: go-chi

    @Test func goConsumerFilesLiveInTheConsumersModule() throws {
        let edge = try Self.edge(consumerStack: "go-chi", language: .go, used: ["listInvoices", "getInvoice", "createInvoice", "deleteInvoice"])
        let files = ConsumerStack.files(edge)
        #expect(files.map(\.path) == ["internal/clients/billing/billing.go", "internal/clients/billing/contract_test.go"])
        let glue = files[0].contents
        #expect(glue.contains("package billing\n"))
        #expect(glue.contains("billingclient \"example.com/orders/clients/billing\""))
        #expect(glue.contains("LoadSettings(os.Getenv)") && glue.contains("BILLING_AUTH must be forward or client-credentials"))
        #expect(glue.contains("billingclient.WithTraceparent(ctx, traceparent)"))
        let client = ConsumerStack.clientFiles([("go.mod", "module billingclient\n"), ("client.go", "package billingclient\n")], language: .go)
        #expect(client.map(\.path) == ["client.go"])
    }

    @Test func theGoContractTestCallsEveryOperationUsedInOrderAndSkipsVisibly() throws {
        let edge = try Self.edge(consumerStack: "go-chi", language: .go, used: ["deleteInvoice", "getInvoice", "createInvoice"])
        let test = GoConsumerFiles.contractTest(edge)
        #expect(test.contains("package billing_test"))
        #expect(test.contains("t.Skip(\"BILLING_URL is not set: start billing and set BILLING_URL and BILLING_TOKEN to run this test\")"))
        let create = try #require(test.range(of: "t.Run(\"CreateInvoice: POST /invoices\""))
        let read = try #require(test.range(of: "t.Run(\"GetInvoice: GET /invoices/{id}\""))
        let delete = try #require(test.range(of: "t.Run(\"DeleteInvoice: DELETE /invoices/{id}\""))
        #expect(create.lowerBound < read.lowerBound && read.lowerBound < delete.lowerBound)
        #expect(test.contains("var body billingclient.InvoiceCreate"))
        #expect(test.contains("client.GetInvoice(ctx, knownString(t, seen, \"/invoices\", \"id\"))"))
        #expect(test.contains("seen[\"/invoices\"] = fields(t, result)"))
    }

    @Test func aGoConsumerThatCallsNothingGetsASkippedTest() throws {
        let test = GoConsumerFiles.contractTest(try Self.edge(consumerStack: "go-chi", language: .go, used: []))
        #expect(test.contains("calls no operation of billing yet"))
        #expect(!test.contains("billingclient") && !test.contains("\"context\""))
    }

    /// gofmt and go vet are the go-chi stack's lint: the glue and the test pass both when Go is here.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/gofmt")))
    func goFilesAreGofmtClean() throws {
        let edge = try Self.edge(consumerStack: "go-chi", language: .go, used: ["listInvoices", "createInvoice", "getInvoice", "deleteInvoice"])
        let scratch = ScratchDirectory(prefix: "groundwork-gofmt")
        var paths: [String] = []
        for (index, file) in ConsumerStack.files(edge).enumerated() {
            let path = scratch.appending("f\(index).go")
            try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        let listed = try ToolRun.run("/usr/bin/gofmt", ["-l"] + paths)
        #expect(listed.status == 0 && listed.output.isEmpty, "gofmt -l: \(listed.output)")
    }

    /// A provider whose ids are integers: the contract test passes the id the creation returned (a JSON
    /// number) as the int64 the client's method takes, and the consumer's module — glue, contract test and
    /// the generated client — compiles (`go vet` builds the test too). Path parameters used to be strings only.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/go") || ProcessInfo.processInfo.environment["CI"] == "true"))
    func integerPathParametersCompile() throws {
        let integerContract = Self.contract.replacingOccurrences(of: #""schema": {"type": "string"}}],"#, with: #""schema": {"type": "integer", "format": "int64"}}],"#)
            .replacingOccurrences(of: #""properties": {"id": {"type": "string"}, "number""#, with: #""properties": {"id": {"type": "integer"}, "number""#)
        let contract = try ContractLoader.decode(Data(integerContract.utf8), file: "openapi.json")
        let api = try ClientAPIBuilder.build(contract).api
        var edge = ConsumerEdge(
            consumer: WorkspaceService(name: "orders", stack: "go-chi", port: 8081), provider: WorkspaceService(name: "billing", stack: "node-express", port: 8080),
            auth: .forward, api: api, samples: RequestSamples(contract), used: [], language: .go,
            packageName: ConsumerStack.packageName(provider: "billing", language: .go), clientFolder: "clients/billing")
        edge.consumerModule = "example.com/orders"
        edge.used = ConsumerEdge.testOrder(api.operations.filter { ["createInvoice", "getInvoice", "deleteInvoice"].contains($0.name) })
        let test = GoConsumerFiles.contractTest(edge)
        #expect(test.contains("client.GetInvoice(ctx, int64(knownNumber(t, seen, \"/invoices\", \"id\")))"))

        let scratch = ScratchDirectory(prefix: "groundwork-go-consumer")
        var files = ConsumerStack.files(edge)
        files += ConsumerStack.clientFiles(try ClientGenerator.generate(contract, language: .go, packageName: edge.packageName).files, language: .go).map {
            ("clients/billing/" + $0.path, $0.contents)
        }
        files.append(("go.mod", "module example.com/orders\n\ngo 1.19\n"))
        for (path, contents) in files {
            let url = URL(fileURLWithPath: scratch.appending(path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/go")
        process.arguments = ["vet", "./..."]
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
        process.environment = ProcessInfo.processInfo.environment.merging(["GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOCACHE": scratch.appending(".cache")]) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "go vet: \(text)")
    }

    // MARK: swift-hummingbird

    @Test func swiftConsumerFilesAreTheGlueAndASwiftTestingContractTest() throws {
        let edge = try Self.edge(consumerStack: "swift-hummingbird", language: .swift, used: ["listInvoices", "createInvoice", "getInvoice"])
        let files = ConsumerStack.files(edge)
        #expect(files.map(\.path) == ["Sources/App/Clients/BillingService.swift", "Tests/AppTests/BillingContractTests.swift"])
        let glue = files[0].contents
        #expect(glue.contains("struct BillingService: Sendable"))
        #expect(glue.contains("request.headers[.authorization]") && glue.contains("traceparent: { traceparent }"))
        let test = files[1].contents
        #expect(test.contains(".enabled(\n        if: ProcessInfo.processInfo.environment[\"BILLING_URL\", default: \"\"].isEmpty == false"))
        #expect(test.contains("@Test(\"orders → billing: createInvoice, listInvoices, getInvoice\")"))
        #expect(test.contains("try await client.createInvoice(body: .json(createInvoiceBody)).created.body.json"))
        #expect(test.contains("try await client.getInvoice(path: .init(id: try known(seen, \"/invoices\", \"id\"))).ok.body.json"))
    }

    @Test func packageSwiftGainsTheClientAndItsTransportOnce() throws {
        let edge = try Self.edge(consumerStack: "swift-hummingbird", language: .swift, used: [])
        let manifest = """
            // swift-tools-version:6.0
            import PackageDescription

            let package = Package(
                name: "orders",
                products: [
                    .executable(name: "App", targets: ["App"])
                ],
                dependencies: [
                    .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
                ],
                targets: [
                    .executableTarget(
                        name: "App",
                        dependencies: [
                            .product(name: "Hummingbird", package: "hummingbird"),
                        ]
                    ),
                    .testTarget(
                        name: "AppTests",
                        dependencies: [
                            .byName(name: "App"),
                        ]
                    ),
                ]
            )

            """
        let edit = try #require(ConsumerStack.manifestEdit(edge))
        let edited = try #require(try edit.apply(to: manifest, file: "orders/Package.swift"))
        #expect(
            edited.contains(
                """
                    dependencies: [
                        .package(path: "clients/billing"),
                        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client.git", from: "1.1.0"),
                        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
                """))
        #expect(
            edited.contains(
                """
                            name: "App",
                            dependencies: [
                                .product(name: "BillingClient", package: "billing"),
                                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                                .product(name: "Hummingbird", package: "hummingbird"),
                """))
        #expect(
            edited.contains(
                """
                            name: "AppTests",
                            dependencies: [
                                .product(name: "BillingClient", package: "billing"),
                """))
        #expect(try edit.apply(to: edited, file: "orders/Package.swift") == nil, "a second link changes nothing")
        // The Dockerfile resolves packages before it copies the sources: the client's folder goes first.
        #expect(ConsumerStack.insertions(edge).map { "\($0.file): \($0.after) → \($0.line)" } == ["Dockerfile: COPY Package.* ./ → COPY clients/billing/ clients/billing/"])
    }

    @Test func aManifestWithoutTheListsIsRefusedNamingTheFile() throws {
        let edit = try #require(ConsumerStack.manifestEdit(try Self.edge(consumerStack: "swift-hummingbird", language: .swift, used: [])))
        let error = #expect(throws: BrickError.self) { try edit.apply(to: "let package = Package(name: \"orders\", targets: [])\n", file: "orders/Package.swift") }
        #expect(error?.file == "orders/Package.swift")
        #expect(error?.message.contains(".package(path: \"clients/billing\")") == true || error?.message.contains(".product(name: \"BillingClient\"") == true)
    }
}
