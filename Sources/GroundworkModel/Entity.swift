/// One entity of a data model: a table, its fields, relations, indexes, API surface and access rules.
package struct Entity: Sendable, Hashable, Codable {
    /// The entity's name as written in the model, singular (`Order`, `order_line`).
    package var name: String
    /// The table that stores it; also the plural used in routes (`/orders`).
    package var table: String
    /// Fields in declaration order, the primary key first.
    package var fields: [Field]
    /// Many-to-many relations (many-to-one relations live on their foreign-key field).
    package var manyToMany: [ManyToMany]
    package var indexes: [EntityIndex]
    /// Adds `created_at` and `updated_at`, set by the service.
    package var timestamps: Bool
    /// Adds `deleted_at`: DELETE marks the row and every query leaves marked rows out.
    package var softDelete: Bool
    package var api: EntityAPI
    package var access: EntityAccess
    /// The line of the model file (or DBML/DDL) that declares it, for error messages.
    package var line: Int?

    package init(
        name: String, table: String, fields: [Field], manyToMany: [ManyToMany] = [], indexes: [EntityIndex] = [],
        timestamps: Bool = true, softDelete: Bool = false, api: EntityAPI = EntityAPI(),
        access: EntityAccess = .adminOnly, line: Int? = nil
    ) {
        self.name = name
        self.table = table
        self.fields = fields
        self.manyToMany = manyToMany
        self.indexes = indexes
        self.timestamps = timestamps
        self.softDelete = softDelete
        self.api = api
        self.access = access
        self.line = line
    }

    /// The primary key field (every entity has exactly one; `id` by default).
    package var primaryKey: Field? { fields.first { $0.primaryKey } }

    /// The field named `name`, if any.
    package func field(named name: String) -> Field? { fields.first { $0.name == name } }
}
