import GroundworkModel

/// The schemas of one entity: what a response holds, what create, PATCH and PUT accept, and the list envelope.
enum OpenAPISchemas {
    /// `<Entity>` (read), `<Entity>Create`, `<Entity>Update` (PATCH), `<Entity>Replace` (PUT), `<Entity>List`,
    /// each only when an exposed operation uses it.
    static func schemas(for entity: Entity, in model: DataModel) -> [String: JSONNode] {
        let name = NameCase(entity.name).pascal
        let operations = entity.api.operations
        var schemas: [String: JSONNode] = [name: read(entity, in: model)]
        if operations.contains(.create) { schemas[name + "Create"] = write(entity, in: model, requireFields: true) }
        if operations.contains(.update) {
            schemas[name + "Update"] = write(entity, in: model, requireFields: false)
            schemas[name + "Replace"] = write(entity, in: model, requireFields: true)
        }
        if operations.contains(.list) { schemas[name + "List"] = list(entity, itemName: name) }
        return schemas
    }

    /// A response: readable fields (always-present ones required, others nullable and optional, restricted
    /// ones optional because a role may not see them), many-to-many id lists, and expandable relations.
    static func read(_ entity: Entity, in model: DataModel) -> JSONNode {
        var properties: [String: JSONNode] = [:]
        var required: [JSONNode] = []
        for field in entity.readableFields {
            if entity.isAlwaysPresent(field) {
                properties[field.name] = field.jsonSchema
                required.append(.string(field.name))
            } else {
                properties[field.name] = field.nullableJSONSchema
            }
        }
        for relation in entity.manyToMany {
            properties[relation.name] = idList(of: relation, in: model)
        }
        for field in entity.serviceFields {
            guard let relation = field.reference, properties[relation.name] == nil else { continue }
            // Present only with `?expand=<name>`: the related row as its own response schema.
            properties[relation.name] = .object(["oneOf": .array([reference("schemas", NameCase(relation.entity).pascal), .object(["type": .string("null")])])])
        }
        var schema: [String: JSONNode] = ["type": .string("object"), "properties": .object(properties)]
        if !required.isEmpty { schema["required"] = .array(required) }
        return .object(schema)
    }

    /// A body of create (`requireFields`: the required writable fields must be there), PUT (the same) or
    /// PATCH (nothing required). Only writable fields; anything else is refused (no mass assignment).
    static func write(_ entity: Entity, in model: DataModel, requireFields: Bool) -> JSONNode {
        var properties: [String: JSONNode] = [:]
        for field in entity.writableFields {
            properties[field.name] = field.required ? field.jsonSchema : field.nullableJSONSchema
        }
        for relation in entity.manyToMany {
            properties[relation.name] = idList(of: relation, in: model)
        }
        var schema: [String: JSONNode] = [
            "type": .string("object"),
            "properties": .object(properties),
            "additionalProperties": .bool(false),
        ]
        let required = requireFields ? entity.requiredWritableFields.map { JSONNode.string($0.name) } : []
        if !required.isEmpty { schema["required"] = .array(required) }
        return .object(schema)
    }

    /// The list envelope: `items`, `limit`, `next_cursor`, and with offset pagination `total` and `offset`.
    static func list(_ entity: Entity, itemName: String) -> JSONNode {
        var properties: [String: JSONNode] = [
            "items": .object(["type": .string("array"), "items": reference("schemas", itemName)]),
            "limit": .object(["type": .string("integer"), "minimum": .int(1), "maximum": .int(entity.api.maxPageSize)]),
            "next_cursor": .object(["type": .array([.string("string"), .string("null")])]),
        ]
        var required: [JSONNode] = [.string("items"), .string("limit"), .string("next_cursor")]
        if entity.api.pagination == .offset {
            properties["total"] = .object(["type": .string("integer"), "minimum": .int(0)])
            properties["offset"] = .object(["type": .string("integer"), "minimum": .int(0)])
            required += [.string("total"), .string("offset")]
        }
        return .object(["type": .string("object"), "properties": .object(properties), "required": .array(required)])
    }

    /// A many-to-many relation: the ids of the related rows.
    static func idList(of relation: ManyToMany, in model: DataModel) -> JSONNode {
        let key = model.entity(named: relation.entity)?.servicePrimaryKey ?? Field(name: "id", type: .uuid, primaryKey: true)
        return .object(["type": .string("array"), "items": key.jsonSchema, "uniqueItems": .bool(true)])
    }
}
