extension DataModel {
    /// The required references of `entity` (no default, to another entity) whose target `role` may not
    /// read. The generated services refuse a reference to a row the caller cannot see (400 naming the
    /// field, docs/model.md "The HTTP contract"), so a create of `role` naming one of them is always a 400.
    package func unreadableRequiredReferences(of entity: Entity, for role: String) -> [(field: Field, target: Entity)] {
        entity.fields.compactMap { field in
            guard field.required, field.defaultValue == nil,
                let target = field.reference.flatMap({ self.entity(named: $0.entity) }), target.name != entity.name,
                target.access.scope(of: [role], for: .read) == nil
            else { return nil }
            return (field, target)
        }
    }
}
