/// The join table of a many-to-many relation: two foreign keys forming the primary key.
package struct JoinTable: Sendable, Hashable {
    /// The table (`order_tags`).
    package var table: String
    /// The entity that declares the relation, its table, and the join column pointing to it (`order_id`).
    package var leftEntity: String
    package var leftTable: String
    package var leftColumn: String
    /// The left entity's primary key (the column the left foreign key references, and its type).
    package var leftKey: Field
    /// The other entity, its table and its join column (`tag_id`).
    package var rightEntity: String
    package var rightTable: String
    package var rightColumn: String
    package var rightKey: Field
    /// The relation's name on the left entity (`tags`).
    package var relation: String
}

extension DataModel {
    /// One join table per `through` name, from the first relation that declares it (a relation declared
    /// from both sides shares one table). Relations naming an unknown entity are left out (the
    /// validator reports them).
    package var joinTables: [JoinTable] {
        var seen: Set<String> = []
        var tables: [JoinTable] = []
        for entity in entities {
            for relation in entity.manyToMany where !seen.contains(relation.through) {
                guard let table = joinTable(for: relation, of: entity) else { continue }
                seen.insert(relation.through)
                tables.append(table)
            }
        }
        return tables
    }

    /// The join table of `relation` declared on `entity`, with its column names:
    /// `<entity>_<key>` and `<other entity>_<key>` in snake_case (`order_id`, `tag_id`); for a relation of an
    /// entity with itself the second column is named after the relation (`Person.friends` → `friend_id`).
    /// A name over PostgreSQL's 63 bytes is shortened with a hash (``SQLIdentifier/shortened(_:)``).
    package func joinTable(for relation: ManyToMany, of entity: Entity) -> JoinTable? {
        let normalizedEntity = entity.normalized()
        guard let other = self.entity(named: relation.entity)?.normalized(),
            let leftKey = normalizedEntity.primaryKey, let rightKey = other.primaryKey
        else { return nil }
        let leftColumn = SQLIdentifier.shortened(ModelNaming.snakeCase(entity.name) + "_" + leftKey.name)
        var rightColumn = SQLIdentifier.shortened(ModelNaming.snakeCase(other.name) + "_" + rightKey.name)
        if rightColumn == leftColumn {
            rightColumn = SQLIdentifier.shortened(ModelNaming.singular(ModelNaming.snakeCase(relation.name)) + "_" + rightKey.name)
        }
        return JoinTable(
            table: relation.through, leftEntity: entity.name, leftTable: entity.table, leftColumn: leftColumn, leftKey: leftKey,
            rightEntity: other.name, rightTable: other.table, rightColumn: rightColumn, rightKey: rightKey, relation: relation.name
        )
    }
}
