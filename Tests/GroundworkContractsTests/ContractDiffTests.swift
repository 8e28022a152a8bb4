import Foundation
import GroundworkContracts
import Testing

@Suite struct ContractDiffTests {
    private func contract(_ yaml: String, file: String = "c.yaml") throws -> Contract {
        try ContractLoader.decode(Data(yaml.utf8), file: file)
    }

    private let orders = """
        openapi: 3.1.0
        info: {title: orders, version: '1'}
        paths:
          /orders/{id}:
            get:
              parameters: [{name: id, in: path, required: true, schema: {type: string, format: uuid}}]
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
        components:
          schemas:
            Order:
              type: object
              required: [id, total, lines]
              properties:
                id: {type: string, format: uuid}
                total: {type: string}
                lines: {type: array, items: {$ref: '#/components/schemas/Line'}}
                parent: {$ref: '#/components/schemas/Order'}
            Line:
              type: object
              required: [sku]
              properties:
                sku: {type: string}
                quantity: {type: integer}

        """

    @Test func nestedChangesThroughReferencesAndArrays() throws {
        let old = try contract(orders)
        let new = try contract(
            orders.replacingOccurrences(of: "quantity: {type: integer}", with: "quantity: {type: string}")
                .replacingOccurrences(of: "parameters: [{name: id,", with: "parameters: [{name: orderId,")
                .replacingOccurrences(of: "/orders/{id}", with: "/orders/{orderId}"))
        let changes = ContractDiff.changes(from: old, to: new)
        #expect(changes.map(\.rule) == ["response.type-changed"])
        let change = try #require(changes.first)
        #expect(change.operation == "GET /orders/{orderId}")
        #expect(change.path == "$.paths./orders/{id}.get.responses.200.content.application/json.schema.properties.lines.items.properties.quantity")
        #expect(change.message.contains("lines[].quantity"))
    }

    @Test func recursiveSchemasTerminate() throws {
        let old = try contract(orders)
        let new = try contract(orders.replacingOccurrences(of: "total: {type: string}", with: "total: {type: string, format: decimal}"))
        // `parent` refers to Order itself: the walk must stop at the pair it is already comparing.
        #expect(ContractDiff.changes(from: old, to: new).map(\.rule) == [])
        let removed = try contract(orders.replacingOccurrences(of: "        total: {type: string}\n", with: "").replacingOccurrences(of: "[id, total, lines]", with: "[id, lines]"))
        #expect(ContractDiff.changes(from: old, to: removed).map(\.rule) == ["response.property-removed"])
    }

    @Test func openAPI30DocumentsAreRead() throws {
        let old = try contract(
            """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /items:
                get:
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {type: object, properties: {n: {type: string, nullable: true}}}}}}
            """)
        #expect(old.declaredVersion == "3.0.3")
        let new = try contract(
            """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /items:
                get:
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {type: object, properties: {n: {type: string}}}}}}
            """)
        #expect(ContractDiff.changes(from: new, to: old).map(\.rule) == ["response.nullable-added"])
    }

    @Test func danglingReferenceNamesItsPath() throws {
        let error = #expect(throws: ContractError.self) {
            try contract(orders.replacingOccurrences(of: "items: {$ref: '#/components/schemas/Line'}", with: "items: {$ref: '#/components/schemas/Missing'}"))
        }
        #expect(error?.code == .danglingReference)
        #expect(error?.path == "$.components.schemas.Order.properties.lines.items")
    }

    @Test func badInputIsAClearError() throws {
        let notYAML = #expect(throws: ContractError.self) { try contract("openapi: [3.1\n  bad") }
        #expect(notYAML?.code == .syntax)
        let swagger = #expect(throws: ContractError.self) { try contract("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n") }
        #expect(swagger?.path == "$.swagger")
        let missingInfo = #expect(throws: ContractError.self) { try contract("openapi: 3.1.0\npaths: {}\n") }
        #expect(missingInfo?.code == .invalid)
        let binary = #expect(throws: ContractError.self) { try ContractLoader.decode(Data([0xff, 0xfe, 0x00]), file: "x") }
        #expect(binary?.code == .syntax)
    }
}
