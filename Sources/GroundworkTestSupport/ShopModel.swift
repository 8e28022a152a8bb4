import GroundworkModel

/// docs/examples/shop.model.yaml as model values, for tests that must not depend on the model reader.
package enum ShopModel {
    /// The shop model: 6 entities, 3 roles, owner and tenant rules, a many-to-many relation, both paginations.
    package static var model: DataModel {
        let all = Set(Action.allCases)
        let customer = Entity(
            name: "Customer", table: "customers",
            fields: [
                Field(name: "email", type: .string, required: true, unique: true, maxLength: 255, pattern: "^[^@\\s]+@[^@\\s]+$"),
                Field(name: "name", type: .string, required: true, minLength: 1, maxLength: 120),
                Field(name: "tier", type: .enumeration(["free", "pro"]), defaultValue: .string("free")),
                Field(name: "balance", type: .decimal(precision: 12, scale: 2), defaultValue: .number("0"), minimum: 0),
                Field(name: "owner", type: .string, readOnly: true),
                Field(name: "tenant", type: .string, readOnly: true),
            ],
            indexes: [EntityIndex(fields: ["tenant", "email"])],
            api: EntityAPI(filterable: ["email", "tier", "created_at"], sortable: ["name", "created_at"]),
            access: EntityAccess(
                ownerField: "owner", tenantField: "tenant",
                grants: [
                    Grant(role: "admin", actions: all, scope: .all),
                    Grant(role: "manager", actions: [.create, .read, .list, .update], scope: .tenant),
                    Grant(role: "customer", actions: [.read, .list, .update], scope: .owner),
                ],
                fieldVisibility: [FieldVisibility(field: "balance", roles: ["admin", "manager"])]
            )
        )
        let product = Entity(
            name: "Product", table: "products",
            fields: [
                Field(name: "sku", type: .string, required: true, unique: true, pattern: "^[A-Z0-9-]{3,32}$"),
                Field(name: "title", type: .string, required: true, maxLength: 200),
                Field(name: "description", type: .text, maxLength: 5000),
                Field(name: "price", type: .decimal(precision: 10, scale: 2), required: true, minimum: 0),
                Field(name: "stock", type: .int, defaultValue: .number("0"), minimum: 0),
                Field(name: "active", type: .bool, defaultValue: .bool(true)),
                Field(name: "tenant", type: .string, readOnly: true),
            ],
            api: EntityAPI(pagination: .cursor, maxPageSize: 50, filterable: ["sku", "price", "active", "title"], sortable: ["price", "title", "created_at"]),
            access: EntityAccess(
                tenantField: "tenant",
                grants: [
                    Grant(role: "admin", actions: all, scope: .all),
                    Grant(role: "manager", actions: all, scope: .tenant),
                    Grant(role: "customer", actions: [.read, .list], scope: .tenant),
                ]
            )
        )
        let tag = Entity(
            name: "Tag", table: "tags",
            fields: [
                Field(name: "label", type: .string, required: true, maxLength: 40),
                Field(name: "tenant", type: .string, readOnly: true),
            ],
            api: EntityAPI(filterable: ["label"], sortable: ["label"]),
            access: EntityAccess(
                tenantField: "tenant",
                grants: [
                    Grant(role: "admin", actions: all, scope: .all),
                    Grant(role: "manager", actions: [.create, .read, .list], scope: .tenant),
                    Grant(role: "customer", actions: [.read, .list], scope: .tenant),
                ]
            )
        )
        let order = Entity(
            name: "Order", table: "orders",
            fields: [
                Field(name: "customer_id", type: .uuid, required: true, reference: Reference(entity: "Customer", name: "customer", onDelete: .cascade)),
                Field(name: "status", type: .enumeration(["draft", "placed", "shipped", "cancelled"]), defaultValue: .string("draft")),
                Field(name: "total", type: .decimal(precision: 12, scale: 2), defaultValue: .number("0"), minimum: 0),
                Field(name: "placed_at", type: .datetime),
                Field(name: "delivery_date", type: .date),
                Field(name: "notes", type: .text, maxLength: 2000),
                Field(name: "metadata", type: .json),
                Field(name: "owner", type: .string, readOnly: true),
                Field(name: "tenant", type: .string, readOnly: true),
            ],
            manyToMany: [ManyToMany(name: "tags", entity: "Tag", through: "order_tags")],
            softDelete: true,
            api: EntityAPI(filterable: ["status", "total", "placed_at", "customer_id"], sortable: ["placed_at", "total", "created_at"]),
            access: EntityAccess(
                ownerField: "owner", tenantField: "tenant",
                grants: [
                    Grant(role: "admin", actions: all, scope: .all),
                    Grant(role: "manager", actions: [.read, .list, .update, .delete], scope: .tenant),
                    Grant(role: "customer", actions: [.create, .read, .list, .update], scope: .owner),
                ]
            )
        )
        let review = Entity(
            name: "Review", table: "reviews",
            fields: [
                Field(name: "product_id", type: .uuid, required: true, reference: Reference(entity: "Product", name: "product", onDelete: .cascade)),
                Field(name: "rating", type: .int, required: true, minimum: 1, maximum: 5),
                Field(name: "body", type: .text, maxLength: 4000),
                Field(name: "views", type: .bigint, defaultValue: .number("0"), readOnly: true),
                Field(name: "owner", type: .string, readOnly: true),
            ],
            api: EntityAPI(operations: [.create, .read, .list, .delete], filterable: ["product_id", "rating"], sortable: ["rating", "created_at"]),
            access: EntityAccess(
                ownerField: "owner",
                grants: [
                    Grant(role: "admin", actions: [.create, .read, .list, .delete], scope: .all),
                    Grant(role: "customer", actions: [.create, .read, .list, .delete], scope: .owner),
                ]
            )
        )
        let auditEntry = Entity(
            name: "AuditEntry", table: "audit_entries",
            fields: [
                Field(name: "id", type: .bigint, primaryKey: true),
                Field(name: "action", type: .string, required: true, maxLength: 64),
                Field(name: "recorded_at", type: .datetime, defaultValue: .now, readOnly: true),
            ],
            timestamps: false,
            api: EntityAPI(operations: [.create, .read, .list], filterable: ["action"], sortable: ["recorded_at"])
        )
        return DataModel(name: "shop", roles: ["admin", "manager", "customer"], entities: [customer, product, tag, order, review, auditEntry])
    }
}
