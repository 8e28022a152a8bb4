/// A many-to-many relation through a join table (`Order.tags` through `order_tags`).
public struct ManyToMany: Sendable, Hashable, Codable {
    /// The relation's name in the API (`tags`): a list of ids in responses and writes.
    public var name: String
    /// The other entity's name.
    public var entity: String
    /// The join table, holding one row per pair.
    public var through: String
    public var line: Int?

    public init(name: String, entity: String, through: String, line: Int? = nil) {
        self.name = name
        self.entity = entity
        self.through = through
        self.line = line
    }
}

/// An index over one or more fields.
public struct EntityIndex: Sendable, Hashable, Codable {
    public var fields: [String]
    public var unique: Bool
    /// The index's name; derived from the table and fields when the model gives none.
    public var name: String?

    public init(fields: [String], unique: Bool = false, name: String? = nil) {
        self.fields = fields
        self.unique = unique
        self.name = name
    }
}
