/// A many-to-many relation through a join table (`Order.tags` through `order_tags`).
package struct ManyToMany: Sendable, Hashable, Codable {
    /// The relation's name in the API (`tags`): a list of ids in responses and writes.
    package var name: String
    /// The other entity's name.
    package var entity: String
    /// The join table, holding one row per pair.
    package var through: String
    package var line: Int?

    package init(name: String, entity: String, through: String, line: Int? = nil) {
        self.name = name
        self.entity = entity
        self.through = through
        self.line = line
    }
}

/// An index over one or more fields.
package struct EntityIndex: Sendable, Hashable, Codable {
    package var fields: [String]
    package var unique: Bool
    /// The index's name; derived from the table and fields when the model gives none.
    package var name: String?

    package init(fields: [String], unique: Bool = false, name: String? = nil) {
        self.fields = fields
        self.unique = unique
        self.name = name
    }
}
