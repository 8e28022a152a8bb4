/// One entity of a data model: a table, its fields, relations, indexes, API surface and access rules.
public struct Entity: Sendable, Hashable, Codable {
    /// The entity's name as written in the model, singular (`Order`, `order_line`).
    public var name: String
    /// The table that stores it; also the plural used in routes (`/orders`).
    public var table: String
    /// Fields in declaration order, the primary key first.
    public var fields: [Field]
    /// Many-to-many relations (many-to-one relations live on their foreign-key field).
    public var manyToMany: [ManyToMany]
    public var indexes: [EntityIndex]
    /// Adds `created_at` and `updated_at`, set by the service.
    public var timestamps: Bool
    /// Adds `deleted_at`: DELETE marks the row and every query leaves marked rows out.
    public var softDelete: Bool
    public var api: EntityAPI
    public var access: EntityAccess
    /// The line of the model file (or DBML/DDL) that declares it, for error messages.
    public var line: Int?

    public init(
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
    public var primaryKey: Field? { fields.first { $0.primaryKey } }

    /// The field named `name`, if any.
    public func field(named name: String) -> Field? { fields.first { $0.name == name } }
}
