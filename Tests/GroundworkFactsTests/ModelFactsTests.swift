import Foundation
import GroundworkModel
import GroundworkTestSupport
import Testing

@Suite("Model facts for templates (docs/generation.md)")
struct ModelFactsTests {
    static let model = ShopModel.model

    static func entity(_ name: String) throws -> [String: JSONNode] {
        guard case .object(let facts)? = ModelFacts.context(model, entity: name)["entity"] else {
            throw FactsTestError("no entity \(name)")
        }
        return facts
    }

    static func names(_ list: JSONNode?) -> [String] {
        guard case .array(let items)? = list else { return [] }
        return items.compactMap { item in if case .string(let name)? = item["name"] { name } else { nil } }
    }

    @Test func namesInEveryCase() throws {
        let audit = try Self.entity("AuditEntry")
        #expect(audit["snake"] == .string("audit_entry"))
        #expect(audit["kebab"] == .string("audit-entry"))
        #expect(audit["camel"] == .string("auditEntry"))
        #expect(audit["plural_pascal"] == .string("AuditEntries"))
        #expect(audit["table"] == .string("audit_entries"))
        #expect(NameCase("HTTPServer").snake == "http_server")
        #expect(NameCase("customer_id").goName == "CustomerID")
        #expect(NameCase("api_url").goName == "APIURL")
    }

    @Test func fieldsInServiceOrderAndWritability() throws {
        let order = try Self.entity("Order")
        #expect(Self.names(order["fields"]).first == "id")
        #expect(Array(Self.names(order["fields"]).suffix(3)) == ["created_at", "updated_at", "deleted_at"])
        #expect(!Self.names(order["readable_fields"]).contains("deleted_at"))
        #expect(Self.names(order["writable_fields"]) == ["customer_id", "status", "total", "placed_at", "delivery_date", "notes", "metadata"])
        #expect(Self.names(order["required_writable_fields"]) == ["customer_id"])
        #expect(Self.names(order["references"]) == ["customer_id"])
        #expect(order["owner_field"] == .string("owner"))
        #expect(order["soft_delete"] == .bool(true))
        guard case .array(let relations)? = order["many_to_many"], let tags = relations.first else {
            Issue.record("Order has no many_to_many facts")
            return
        }
        #expect(tags["left_column"] == .string("order_id"))
        #expect(tags["right_column"] == .string("tag_id"))
        #expect(tags["entity"]?["table"] == .string("tags"))
    }

    @Test func fieldFactsCarryTypesAndSchemas() throws {
        let product = Self.model.entity(named: "Product")!
        let price = product.field(named: "price")!
        #expect(price.sqlType == "numeric(10,2)")
        #expect(price.pythonType == "Decimal")
        #expect(price.jsonSchema.compact == #"{"format":"decimal","pattern":"^[0-9]{1,8}(\\.[0-9]{1,2})?$","type":"string"}"#)
        let status = Self.model.entity(named: "Order")!.field(named: "status")!
        #expect(status.typeScriptType == "'draft' | 'placed' | 'shipped' | 'cancelled'")
        #expect(status.defaultSQL == "'draft'")
        #expect(status.defaultJSON == #""draft""#)
        #expect(status.nullableJSONSchema.compact == #"{"enum":["draft","placed","shipped","cancelled",null],"type":["string","null"]}"#)
    }

    @Test func accessTableIsSecureByDefault() throws {
        let audit = try Self.entity("AuditEntry")
        guard case .array(let rows)? = audit["access_table"] else {
            Issue.record("no access_table")
            return
        }
        // Only exposed operations (create, read, list) × 3 roles; only admin is allowed.
        #expect(rows.count == 9)
        let allowed = rows.filter { $0["allowed"] == .bool(true) }.compactMap { row -> String? in
            if case .string(let role)? = row["role"] { role } else { nil }
        }
        #expect(Set(allowed) == ["admin"])
        let order = try Self.entity("Order")
        guard case .array(let orderRows)? = order["access_table"] else { return }
        let customerCreate = orderRows.first { $0["role"] == .string("customer") && $0["action"] == .string("create") }
        #expect(customerCreate?["scope"] == .string("owner"))
    }

    /// A create granted to a role that may not read what a required reference names is always a 400 (the
    /// validator warns); the access table marks it so that every stack's generated test expects the 400.
    @Test func accessTableMarksACreateRefusedForAnUnreadableReference() throws {
        let yaml = """
            model: 1
            name: depot
            roles: [admin, clerk]
            entities:
              Warehouse:
                fields:
                  name: {type: string, required: true}
              Parcel:
                fields:
                  warehouse: {type: uuid, required: true, references: Warehouse}
                  note: {type: uuid, references: Warehouse}
                access:
                  grants:
                    admin: {actions: [create, read], scope: all}
                    clerk: {actions: [create, read], scope: all}
            """
        let model = try ModelLoader.load(text: yaml, format: .yaml, file: "m.yaml", name: "depot").model
        guard case .object(let parcel)? = ModelFacts.context(model, entity: "Parcel")["entity"], case .array(let rows)? = parcel["access_table"] else {
            Issue.record("no access_table for Parcel")
            return
        }
        let refused = rows.filter { $0["refused_reference"] == .bool(true) }.map { [$0["role"], $0["action"]] }
        #expect(refused == [[.string("clerk"), .string("create")]], "\(refused)")
        #expect(model.unreadableRequiredReferences(of: try #require(model.entity(named: "Parcel")), for: "clerk").map(\.field.name) == ["warehouse"])
    }

    /// docs/examples/shop.facts.json is this build's facts of the shop model; `GROUNDWORK_RECORD_DOCS=1` re-records it.
    @Test func publishedFactsAreCurrent() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/examples/shop.facts.json").path
        let rendered = JSONNode.object(ModelFacts.context(Self.model)).pretty
        if ProcessInfo.processInfo.environment["GROUNDWORK_RECORD_DOCS"] == "1" {
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let published = try String(contentsOfFile: path, encoding: .utf8)
        #expect(published == rendered, "docs/examples/shop.facts.json is stale: re-record with GROUNDWORK_RECORD_DOCS=1")
    }
}

struct FactsTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
