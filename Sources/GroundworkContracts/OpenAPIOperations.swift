import GroundworkModel

/// The paths of the service: its own routes (/health, /ready, /openapi.json, without auth) and, per entity,
/// the collection and item routes of the exposed operations, with every query parameter of the ONE query
/// syntax (docs/model.md, "Query syntax") and every status each route can answer.
enum OpenAPIOperations {
    /// `/health`, `/ready` and `/openapi.json`: no token needed (`security: []`).
    static func servicePaths() -> [String: JSONNode] {
        func open(_ id: String, _ summary: String, _ ok: JSONNode, extra: [String: JSONNode] = [:]) -> JSONNode {
            var responses: [String: JSONNode] = ["200": ok]
            responses.merge(OpenAPIResponses.errorResponses([429, 500])) { $1 }
            responses.merge(extra) { $1 }
            return .object([
                "get": .object([
                    "operationId": .string(id),
                    "summary": .string(summary),
                    "tags": .array([.string("service")]),
                    "security": .array([]),
                    "responses": .object(responses),
                ])
            ])
        }
        let status = JSONNode.object(["application/json": .object(["schema": reference("schemas", "Status")])])
        return [
            "/health": open("health", "The service is up", .object(["description": .string("`{\"status\":\"ok\"}`"), "content": status])),
            "/ready": open(
                "ready", "The service and its database answer",
                .object(["description": .string("`{\"status\":\"ready\"}`"), "content": status]),
                extra: ["503": reference("responses", "ServiceUnavailable")]
            ),
            "/openapi.json": open(
                "openapi", "This contract",
                .object(["description": .string("The OpenAPI document"), "content": .object(["application/json": .object(["schema": .object(["type": .string("object")])])])])
            ),
        ]
    }

    /// The collection and item paths of `entity` (only when an operation on them is exposed).
    static func paths(for entity: Entity, in model: DataModel) -> [String: JSONNode] {
        let names = NameCase(entity.name)
        let name = names.pascal
        let plural = names.plural.pascal
        let operations = entity.api.operations
        let tag = JSONNode.array([.string(entity.table)])
        var collection: [String: JSONNode] = [:]
        var item: [String: JSONNode] = [:]
        let body = { (schema: String) -> JSONNode in
            .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": reference("schemas", schema)])])])
        }
        let one = JSONNode.object(["application/json": .object(["schema": reference("schemas", name)])])
        if operations.contains(.list) {
            collection["get"] = operation(
                "list\(plural)", "List \(entity.table)", tag: tag, parameters: listParameters(entity, in: model),
                success: ["200": .object(["description": .string("A page of \(entity.table)"), "content": .object(["application/json": .object(["schema": reference("schemas", name + "List")])])])],
                errors: [400, 401, 403, 429, 500]
            )
        }
        if operations.contains(.create) {
            collection["post"] = operation(
                "create\(name)", "Create one of \(entity.table)", tag: tag, body: body(name + "Create"),
                success: [
                    "201": .object([
                        "description": .string("Created"),
                        "headers": .object(["Location": .object(["description": .string("The new row's URL"), "schema": .object(["type": .string("string")])])]),
                        "content": one,
                    ])
                ],
                errors: [400, 401, 403, 409, 413, 415, 429, 500]
            )
        }
        let idParameter = reference("parameters", "\(name)Id")
        if operations.contains(.read) {
            item["get"] = operation(
                "get\(name)", "Read one of \(entity.table)", tag: tag, parameters: [idParameter], success: ["200": .object(["description": .string("The row"), "content": one])],
                errors: [400, 401, 403, 404, 429, 500])
        }
        if operations.contains(.update) {
            item["patch"] = operation(
                "update\(name)", "Change some fields of one of \(entity.table)", tag: tag, parameters: [idParameter], body: body(name + "Update"),
                success: ["200": .object(["description": .string("The changed row"), "content": one])], errors: [400, 401, 403, 404, 409, 413, 415, 429, 500])
            item["put"] = operation(
                "replace\(name)", "Replace one of \(entity.table)", tag: tag, parameters: [idParameter], body: body(name + "Replace"),
                success: ["200": .object(["description": .string("The replaced row"), "content": one])], errors: [400, 401, 403, 404, 409, 413, 415, 429, 500])
        }
        if operations.contains(.delete) {
            item["delete"] = operation(
                "delete\(name)", "Delete one of \(entity.table)", tag: tag, parameters: [idParameter], success: ["204": .object(["description": .string("Deleted")])],
                errors: [400, 401, 403, 404, 409, 429, 500])
        }
        var paths: [String: JSONNode] = [:]
        if !collection.isEmpty { paths["/\(entity.table)"] = .object(collection) }
        if !item.isEmpty { paths["/\(entity.table)/{id}"] = .object(item) }
        return paths
    }

    /// The `{id}` path parameter of the entity's item routes, in the format of its primary key.
    static func sharedParameters(for entity: Entity) -> [String: JSONNode] {
        let operations = entity.api.operations
        guard !operations.isDisjoint(with: [.read, .update, .delete]) else { return [:] }
        let key = entity.servicePrimaryKey
        var schema = key.jsonSchema
        // An integer key is an identity: the database numbers rows from 1.
        if key.type == .int || key.type == .bigint, case .object(var members) = schema, members["minimum"] == nil {
            members["minimum"] = .int(1)
            schema = .object(members)
        }
        return [
            "\(NameCase(entity.name).pascal)Id": .object([
                "name": .string("id"),
                "in": .string("path"),
                "required": .bool(true),
                "description": .string("The \(key.name) of the row"),
                "schema": schema,
            ])
        ]
    }

    private static func operation(
        _ id: String, _ summary: String, tag: JSONNode, parameters: [JSONNode] = [], body: JSONNode? = nil,
        success: [String: JSONNode], errors: [Int]
    ) -> JSONNode {
        var responses = success
        responses.merge(OpenAPIResponses.errorResponses(errors)) { $1 }
        var operation: [String: JSONNode] = [
            "operationId": .string(id),
            "summary": .string(summary),
            "tags": tag,
            "responses": .object(responses),
        ]
        if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
        if let body { operation["requestBody"] = body }
        return .object(operation)
    }

    /// Filters (`field`, `field.op`), `sort`, `limit`, `offset` or `cursor`, and `expand`.
    static func listParameters(_ entity: Entity, in model: DataModel) -> [JSONNode] {
        var parameters: [JSONNode] = []
        let fields = entity.serviceFields
        for name in entity.api.filterable {
            guard let field = fields.first(where: { $0.name == name }) else { continue }
            parameters.append(query(name, field.jsonSchema, "\(name) equals"))
            parameters.append(query(name + ".ne", field.jsonSchema, "\(name) differs"))
            if field.type.isOrdered {
                for (op, meaning) in [("lt", "is less than"), ("lte", "is at most"), ("gt", "is greater than"), ("gte", "is at least")] {
                    parameters.append(query("\(name).\(op)", field.jsonSchema, "\(name) \(meaning)"))
                }
            }
            parameters.append(query(name + ".in", .object(["type": .string("string")]), "\(name) is one of these comma-separated values"))
            if field.type == .string || field.type == .text {
                parameters.append(query(name + ".contains", .object(["type": .string("string")]), "\(name) contains this text (case-insensitive)"))
            }
            parameters.append(query(name + ".null", .object(["type": .string("boolean")]), "\(name) is null (true) or not (false)"))
        }
        if !entity.api.sortable.isEmpty {
            let alternatives = entity.api.sortable.map(escapedForPattern).joined(separator: "|")
            parameters.append(
                query(
                    "sort", .object(["type": .string("string"), "pattern": .string("^-?(\(alternatives))(,-?(\(alternatives)))*$")]),
                    "Comma-separated fields, `-` for descending: \(entity.api.sortable.joined(separator: ", "))"
                ))
        }
        parameters.append(
            query(
                "limit", .object(["type": .string("integer"), "minimum": .int(1), "maximum": .int(entity.api.maxPageSize), "default": .int(entity.api.defaultPageSize)]),
                "Page size"
            ))
        switch entity.api.pagination {
        case .offset:
            parameters.append(query("offset", .object(["type": .string("integer"), "minimum": .int(0), "default": .int(0)]), "Rows to skip"))
        case .cursor:
            parameters.append(query("cursor", .object(["type": .string("string")]), "The `next_cursor` of the previous page"))
        }
        let relations = fields.compactMap(\.reference).map(\.name)
        if !relations.isEmpty {
            let alternatives = relations.map(escapedForPattern).joined(separator: "|")
            parameters.append(
                query(
                    "expand", .object(["type": .string("string"), "pattern": .string("^(\(alternatives))(,(\(alternatives)))*$")]),
                    "Embed these many-to-one relations (comma-separated): \(relations.joined(separator: ", "))"
                ))
        }
        return parameters
    }

    private static func query(_ name: String, _ schema: JSONNode, _ description: String) -> JSONNode {
        .object(["name": .string(name), "in": .string("query"), "required": .bool(false), "description": .string(description), "schema": schema])
    }

    private static func escapedForPattern(_ name: String) -> String {
        var escaped = ""
        for character in name {
            if "\\^$.|?*+()[]{}".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
