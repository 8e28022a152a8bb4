/// The implicit fields every consumer must see, added in one place.
///
/// Readers call `normalized()` last, so the DDL writer, the OpenAPI builder, the templates and the
/// diagram all see the same columns: the primary key first, then the declared fields, then the
/// timestamps and `deleted_at`. Normalizing twice changes nothing.
extension DataModel {
    /// The model with every entity normalized (see `Entity.normalized()`).
    package func normalized() -> DataModel {
        var model = self
        model.entities = entities.map { $0.normalized() }
        return model
    }
}

extension Entity {
    /// The length of a `string` that declares no max_length.
    package static let defaultStringLength = 255

    /// The names of the fields the model adds by itself.
    package static let implicitFieldNames: Set<String> = ["id", "created_at", "updated_at", "deleted_at"]

    /// The entity with its implicit fields and the flags they imply:
    /// - `id uuid` (primary, read-only, default a random UUID) when no field is primary;
    /// - the primary key first, NOT NULL, and read-only when the database generates it (uuid, int, bigint);
    /// - a string without max_length gets 255 (its column is varchar(255));
    /// - owner and tenant fields read-only (the service sets them from the caller's claims);
    /// - `created_at`, `updated_at` (datetime, required, default now, read-only) with timestamps;
    /// - `deleted_at` (datetime, read-only, nullable) with soft delete.
    /// A declared field of the same name is kept as declared; the validator reports a clash.
    package func normalized() -> Entity {
        var entity = self
        var fields = self.fields
        if !fields.contains(where: \.primaryKey), !fields.contains(where: { $0.name == "id" }) {
            fields.insert(Entity.implicitPrimaryKey(line: line), at: 0)
        }
        if let index = fields.firstIndex(where: \.primaryKey) {
            var key = fields.remove(at: index)
            key.required = true
            switch key.type {
            case .uuid:
                key.readOnly = true
                if key.defaultValue == nil { key.defaultValue = .randomUUID }
            case .int, .bigint:
                key.readOnly = true
            default:
                break
            }
            fields.insert(key, at: 0)
        }
        // `string` without max_length is varchar(255): saying so lets every validator refuse what the column would.
        for index in fields.indices where fields[index].type == .string && fields[index].maxLength == nil {
            fields[index].maxLength = Entity.defaultStringLength
        }
        for index in fields.indices where fields[index].name == access.ownerField || fields[index].name == access.tenantField {
            fields[index].readOnly = true
        }
        var trailing: [Field] = []
        if timestamps {
            trailing += [Entity.timestampField("created_at", line: line), Entity.timestampField("updated_at", line: line)]
        }
        if softDelete {
            trailing.append(Field(name: "deleted_at", type: .datetime, readOnly: true, line: line))
        }
        for field in trailing where !fields.contains(where: { $0.name == field.name }) {
            fields.append(field)
        }
        // The implicit trailing fields always come last, in a fixed order, even when declared earlier.
        let trailingNames = ["created_at", "updated_at", "deleted_at"].filter { name in trailing.contains { $0.name == name } }
        let moved = trailingNames.compactMap { name in fields.first { $0.name == name } }
        fields.removeAll { trailingNames.contains($0.name) }
        entity.fields = fields + moved
        return entity
    }

    /// True when `field` is one the model adds by itself with exactly the shape `normalized()` gives it,
    /// so writers of the model file can leave it out.
    package func isImplicit(_ field: Field) -> Bool {
        switch field.name {
        case "id":
            var expected = Entity.implicitPrimaryKey(line: field.line)
            expected.note = field.note
            return field == expected
        case "created_at", "updated_at":
            var expected = Entity.timestampField(field.name, line: field.line)
            expected.note = field.note
            return timestamps && field == expected
        case "deleted_at":
            return softDelete && field == Field(name: "deleted_at", type: .datetime, readOnly: true, note: field.note, line: field.line)
        default:
            return false
        }
    }

    /// The primary key an entity gets when it declares none.
    static func implicitPrimaryKey(line: Int?) -> Field {
        Field(name: "id", type: .uuid, primaryKey: true, required: true, defaultValue: .randomUUID, readOnly: true, line: line)
    }

    /// `created_at` or `updated_at`: set by the service (and the database default), never by a client.
    static func timestampField(_ name: String, line: Int?) -> Field {
        Field(name: name, type: .datetime, required: true, defaultValue: .now, readOnly: true, line: line)
    }
}
