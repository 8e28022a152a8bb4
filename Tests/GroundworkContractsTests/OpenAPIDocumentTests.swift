import Foundation
import GroundworkContracts
import GroundworkModel
import GroundworkTestSupport
import Testing

@Suite("OpenAPI 3.1 contract from the model")
struct OpenAPIDocumentTests {
    static let document = OpenAPIDocument.build(ShopModel.model)
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func onlyExposedOperations() throws {
        let paths = try #require(Self.document["paths"])
        // Review exposes create, read, list, delete: no PATCH or PUT.
        let review = try #require(paths["/reviews/{id}"])
        #expect(review["get"] != nil && review["delete"] != nil)
        #expect(review["patch"] == nil && review["put"] == nil)
        // AuditEntry: no item update or delete; its id is a bigint.
        #expect(paths["/audit_entries/{id}"]?["delete"] == nil)
        #expect(Self.document["components"]?["parameters"]?["AuditEntryId"]?["schema"]?.compact == #"{"format":"int64","type":"integer"}"#)
    }

    @Test func writeSchemasRefuseUnknownFieldsAndRequireRequiredOnes() throws {
        let schemas = try #require(Self.document["components"]?["schemas"])
        let create = try #require(schemas["OrderCreate"])
        #expect(create["additionalProperties"] == .bool(false))
        #expect(create["required"] == .array([.string("customer_id")]))
        #expect(create["properties"]?["owner"] == nil, "owner is set from the token, never from the body")
        #expect(create["properties"]?["tags"]?["items"]?["format"] == .string("uuid"))
        #expect(schemas["OrderUpdate"]?["required"] == nil)
        #expect(schemas["OrderReplace"]?["required"] == .array([.string("customer_id")]))
        // A restricted field is optional in responses.
        let customer = try #require(schemas["Customer"])
        guard case .array(let required)? = customer["required"] else { throw ContractsTestError("Customer has no required list") }
        #expect(!required.contains(.string("balance")))
        #expect(required.contains(.string("email")) && required.contains(.string("created_at")))
    }

    @Test func listParametersFollowTheQuerySyntax() throws {
        let list = try #require(Self.document["paths"]?["/orders"]?["get"])
        guard case .array(let parameters)? = list["parameters"] else { throw ContractsTestError("no parameters") }
        let names = parameters.compactMap { parameter -> String? in if case .string(let name)? = parameter["name"] { name } else { nil } }
        for expected in ["status", "status.ne", "status.in", "status.null", "total.gte", "placed_at.lt", "customer_id", "sort", "limit", "offset", "expand"] {
            #expect(names.contains(expected), "missing \(expected)")
        }
        #expect(!names.contains("status.lt"), "an enum has no order")
        #expect(!names.contains("cursor"))
        let products = try #require(Self.document["paths"]?["/products"]?["get"])
        #expect(products.compact.contains(#""name":"cursor""#))
        let limit = parameters.first { $0["name"] == .string("limit") }
        #expect(limit?["schema"]?["maximum"] == .int(100))
        #expect(list["responses"]?["429"] != nil)
    }

    @Test func securityIsGlobalButNotOnServiceRoutes() throws {
        #expect(Self.document["security"]?.compact == #"[{"bearerAuth":[]}]"#)
        for path in ["/health", "/ready", "/openapi.json"] {
            #expect(Self.document["paths"]?[path]?["get"]?["security"] == .array([]))
        }
        #expect(Self.document["components"]?["responses"]?["TooManyRequests"]?["headers"]?["Retry-After"] != nil)
    }

    /// docs/examples/shop.openapi.json is this build's contract for the shop model (`GROUNDWORK_RECORD_DOCS=1` re-records it),
    /// and openapi-spec-validator (PyPI) accepts it.
    @Test func publishedContractIsCurrentAndValid() throws {
        let path = Self.repositoryRoot.appendingPathComponent("docs/examples/shop.openapi.json").path
        let text = OpenAPIDocument.text(ShopModel.model)
        if ProcessInfo.processInfo.environment["GROUNDWORK_RECORD_DOCS"] == "1" {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "docs/examples/shop.openapi.json is stale: re-record with GROUNDWORK_RECORD_DOCS=1")
        #expect(OpenAPIDocument.text(ShopModel.model) == text, "the same model gives the same bytes")
    }

    @Test(.enabled(if: SpecValidator.available || SpecValidator.required, "openapi-spec-validator is not installed (pip install openapi-spec-validator)"))
    func openAPISpecValidatorAcceptsTheContract() throws {
        #expect(SpecValidator.available, "openapi-spec-validator is required under CI=true: pip install openapi-spec-validator")
        let scratch = ScratchDirectory()
        let file = scratch.path + "/openapi.json"
        try OpenAPIDocument.text(ShopModel.model).write(toFile: file, atomically: true, encoding: .utf8)
        let result = try SpecValidator.run(file)
        #expect(result.status == 0, "openapi-spec-validator refused the contract:\n\(result.output)")
    }
}

/// openapi-spec-validator through `python3 -m openapi_spec_validator`.
enum SpecValidator {
    static let required = ProcessInfo.processInfo.environment["CI"] == "true"
    static let available: Bool = (try? run(nil).status == 0) ?? false

    /// Validates `file`; with nil only checks that the module imports.
    static func run(_ file: String?) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = file.map { ["python3", "-m", "openapi_spec_validator", $0] } ?? ["python3", "-c", "import openapi_spec_validator"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

struct ContractsTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

@Suite("The shop fixture")
struct ShopFixtureTests {
    /// ShopModel (values) is docs/examples/shop.model.yaml as the model reader reads it.
    @Test func shopModelValuesMatchTheModelFile() throws {
        let path = OpenAPIDocumentTests.repositoryRoot.appendingPathComponent("docs/examples/shop.model.yaml").path
        let loaded = try ModelLoader.load(path: path).model
        #expect(ModelSnapshot.same(loaded, ShopModel.model), "ShopModel differs from docs/examples/shop.model.yaml")
        if !ModelSnapshot.same(loaded, ShopModel.model) {
            let fromFile = String(decoding: try ModelSnapshot.encode(loaded), as: UTF8.self)
            let fromValues = String(decoding: try ModelSnapshot.encode(ShopModel.model), as: UTF8.self)
            let lines = zip(fromFile.split(separator: "\n"), fromValues.split(separator: "\n")).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("first difference at line \(lines?.offset ?? -1): file \(lines?.element.0 ?? "") vs values \(lines?.element.1 ?? "")")
        }
    }
}
