extension ModelValidator.Checker {
    /// Names the model spells out that PostgreSQL would cut to 63 bytes. A cut name is a different name: the
    /// service's queries would miss the table or column, and two names sharing their first 63 bytes collide
    /// ("already exists"). Names groundwork derives itself (join tables, join columns, constraints, indexes)
    /// are shortened with a hash instead (``SQLIdentifier/shortened(_:)``).
    mutating func checkNameLengths(_ entity: Entity) {
        if !SQLIdentifier.fits(entity.table) {
            error("\(entity.name).table", Self.tooLong("the table \"\(entity.table)\"", entity.table, fix: "set a shorter table:"))
        }
        for field in entity.fields where !SQLIdentifier.fits(field.name) {
            error("\(entity.name).fields.\(field.name)", Self.tooLong("the column \"\(field.name)\"", field.name, fix: "rename the field"))
        }
        for (position, index) in entity.indexes.enumerated() {
            guard let name = index.name, !SQLIdentifier.fits(name) else { continue }
            error("\(entity.name).indexes[\(position)]", Self.tooLong("the index name \"\(name)\"", name, fix: "shorten name: or remove it"))
        }
        for relation in entity.manyToMany where !SQLIdentifier.fits(relation.through) {
            error(
                "\(entity.name).many_to_many.\(relation.name)",
                Self.tooLong("the join table \"\(relation.through)\"", relation.through, fix: "set a shorter through:")
            )
        }
    }

    static func tooLong(_ what: String, _ name: String, fix: String) -> String {
        "\(what) is \(name.utf8.count) bytes; PostgreSQL keeps \(SQLIdentifier.maximumLength) and would cut it: \(fix)"
    }
}
