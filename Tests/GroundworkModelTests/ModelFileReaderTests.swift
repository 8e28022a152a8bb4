import Foundation
import GroundworkModel
import Testing

@Suite("The model file reader")
struct ModelFileReaderTests {
    @Test func readsTheShopModel() throws {
        let loaded = try ModelLoader.load(path: ModelFixtures.shopPath, shownAs: "shop.model.yaml")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let model = loaded.model
        #expect(model.name == "shop")
        #expect(model.roles == ["admin", "manager", "customer"])
        #expect(model.entities.map(\.name) == ["Customer", "Product", "Tag", "Order", "Review", "AuditEntry"])
        #expect(model.entities.map(\.table) == ["customers", "products", "tags", "orders", "reviews", "audit_entries"])

        let customer = try #require(model.entity(named: "Customer"))
        #expect(customer.fields.map(\.name) == ["id", "email", "name", "tier", "balance", "owner", "tenant", "created_at", "updated_at"])
        let email = try #require(customer.field(named: "email"))
        #expect(email.type == .string && email.required && email.unique && email.maxLength == 255)
        #expect(email.pattern == #"^[^@\s]+@[^@\s]+$"#)
        #expect(email.line == 8)
        #expect(customer.field(named: "tier")?.type == .enumeration(["free", "pro"]))
        #expect(customer.field(named: "tier")?.defaultValue == .string("free"))
        #expect(customer.field(named: "balance")?.type == .decimal(precision: 12, scale: 2))
        #expect(customer.field(named: "balance")?.defaultValue == .number("0"))
        #expect(customer.field(named: "owner")?.readOnly == true)
        #expect(customer.primaryKey == Field(name: "id", type: .uuid, primaryKey: true, required: true, defaultValue: .randomUUID, readOnly: true, line: 6))
        #expect(customer.access.ownerField == "owner" && customer.access.tenantField == "tenant")
        #expect(
            customer.access.grants == [
                Grant(role: "admin", actions: Set(Action.allCases), scope: .all),
                Grant(role: "manager", actions: [.create, .read, .list, .update], scope: .tenant),
                Grant(role: "customer", actions: [.read, .list, .update], scope: .owner),
            ])
        #expect(customer.access.fieldVisibility == [FieldVisibility(field: "balance", roles: ["admin", "manager"])])
        #expect(customer.indexes == [EntityIndex(fields: ["tenant", "email"])])
        #expect(customer.api.filterable == ["email", "tier", "created_at"])

        let order = try #require(model.entity(named: "Order"))
        #expect(order.softDelete)
        #expect(order.fields.last?.name == "deleted_at")
        #expect(order.field(named: "customer_id")?.reference == Reference(entity: "Customer", name: "customer", onDelete: .cascade))
        #expect(order.manyToMany == [ManyToMany(name: "tags", entity: "Tag", through: "order_tags", line: 74)])

        let tag = try #require(model.entity(named: "Tag"))
        #expect(tag.access.grants.first { $0.role == "manager" }?.scope == .tenant)

        let product = try #require(model.entity(named: "Product"))
        #expect(product.api.pagination == .cursor && product.api.maxPageSize == 50)
        #expect(product.access.grants.first { $0.role == "customer" }?.scope == .tenant)
        #expect(product.field(named: "sku")?.maxLength == 255, "a string without max_length is varchar(255)")

        let audit = try #require(model.entity(named: "AuditEntry"))
        #expect(!audit.timestamps)
        #expect(audit.primaryKey?.type == .bigint)
        #expect(audit.access == .adminOnly, "no access: admin only")
        #expect(audit.field(named: "recorded_at")?.defaultValue == .now)

        let review = try #require(model.entity(named: "Review"))
        #expect(review.api.operations == [.create, .read, .list, .delete])
    }

    @Test func aScalarFieldIsShortForItsType() throws {
        let model = try ModelLoader.load(text: "model: 1\nname: m\nentities:\n  Note:\n    fields:\n      title: string\n      body: text\n", format: .yaml, file: "m.yaml", name: "m").model
        #expect(model.entities[0].fields.map(\.type) == [.uuid, .string, .text, .datetime, .datetime])
    }

    @Test func normalizingTwiceChangesNothing() throws {
        let model = try ModelFixtures.shop()
        #expect(model.normalized() == model)
    }

    /// Each malformed file and the exact message it gets.
    static let shapeErrors: [(yaml: String, message: String)] = [
        ("name: m\nentities: {}\n", "m.yaml:1: needs `model`: a value"),
        ("model: 2\nname: m\nentities: {}\n", #"m.yaml:1: model: expected 1, the only model format this groundwork reads, found "2""#),
        ("model: 1\nname: m\nentites: {}\n", "m.yaml:3: entites: unknown key; did you mean entities?; expected one of model, name, roles, entities"),
        (
            "model: 1\nname: m\nentities:\n  A:\n    fields:\n      x: {type: strin}\n",
            #"m.yaml:6: entities.A.fields.x.type: unknown type "strin"; did you mean string?; expected one of string, text, int, bigint, decimal, bool, date, datetime, uuid, enum, json"#
        ),
        (
            "model: 1\nname: m\nentities:\n  A:\n    fields:\n      x: {type: string, requird: true}\n",
            "m.yaml:6: entities.A.fields.x.requird: unknown key; did you mean required?; expected one of type, primary, required, unique, default, min, max, min_length, max_length, pattern, values, precision, scale, references, on_delete, as, read_only, write_only, note"
        ),
        ("model: 1\nname: m\nentities:\n  A:\n    fields:\n      x: {required: true}\n", "m.yaml:6: entities.A.fields.x: needs `type`: a value"),
        ("model: 1\nname: m\nentities:\n  A:\n    fields:\n      x: {type: enum}\n", "m.yaml:6: entities.A.fields.x: needs `values`: a value"),
        ("model: 1\nname: m\nentities:\n  A:\n    fields:\n      x: {type: string, values: [a]}\n", "m.yaml:6: entities.A.fields.x.values: applies only to enum, not to string"),
        ("model: 1\nname: m\nentities:\n  A:\n    fields:\n      x: {type: int, max_length: 3}\n", "m.yaml:6: entities.A.fields.x.max_length: applies only to string and text, not to int"),
        ("model: 1\nname: m\nentities:\n  A:\n    fields:\n      x: {type: string, required: yes please}\n", #"m.yaml:6: entities.A.fields.x.required: expected true or false, found "yes please""#),
        ("model: 1\nname: m\nentities:\n  A:\n    fields:\n      x: {type: int, min: \"1\"}\n", #"m.yaml:6: entities.A.fields.x.min: expected a number, found "1""#),
        (
            "model: 1\nname: m\nentities:\n  A:\n    fields:\n      x: {type: uuid, on_delete: cascade}\n",
            "m.yaml:6: entities.A.fields.x.on_delete: applies only to a reference; add `references: ENTITY` or remove it"
        ),
        (
            "model: 1\nname: m\nentities:\n  A:\n    fields:\n      x: {type: uuid, references: A, on_delete: drop}\n",
            #"m.yaml:6: entities.A.fields.x.on_delete: unknown value "drop"; expected one of restrict, cascade, set-null"#
        ),
        (
            "model: 1\nname: m\nentities:\n  A:\n    api: {operations: [create, raed]}\n",
            #"m.yaml:5: entities.A.api.operations[1]: unknown value "raed"; did you mean read?; expected one of create, read, list, update, delete"#
        ),
        (
            "model: 1\nname: m\nentities:\n  A:\n    access:\n      grants:\n        admin: {actions: [read], scope: everyone}\n",
            #"m.yaml:7: entities.A.access.grants.admin.scope: unknown value "everyone"; expected one of all, tenant, owner"#
        ),
        ("model: 1\nname: m\nentities:\n  A:\n    fields:\n      x: string\n      x: text\n", "m.yaml:6: not valid YAML: duplicated key(s) x"),
        ("model: 1\nname: m\nentities: [A, B]\n", "m.yaml:3: entities: expected a mapping of entity names, each with its fields, found a list"),
        ("", "m.yaml:1: the file is empty; expected a mapping with keys model, name, roles, entities"),
        ("model: 1\nname: [m\n", "m.yaml:3: not valid YAML: did not find expected ',' or ']'"),
    ]

    @Test(arguments: shapeErrors.indices)
    func malformedFilesAreRefusedWithFileAndLine(_ index: Int) {
        let (yaml, message) = Self.shapeErrors[index]
        let problems = ModelFixtures.problems(yaml)
        #expect(problems.first?.hasPrefix(message) == true, "\(problems)")
    }
}
