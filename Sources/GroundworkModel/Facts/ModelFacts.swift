/// The model as template facts (docs/generation.md, "Facts for templates"): `model.*`, `entity.*` and the
/// field facts, as a JSON tree. `groundwork model facts` prints it; the brick engine hands it to Mustache.
package enum ModelFacts {
    /// The context of a file rendered with the model: `model`, and `entity` when `entity` names one.
    package static func context(_ model: DataModel, entity: String? = nil) -> [String: JSONNode] {
        var context: [String: JSONNode] = ["model": facts(model)]
        if let entity, let index = model.entities.firstIndex(where: { $0.name == entity }) {
            context["entity"] = entityFacts(model.entities[index], index: index, in: model)
        }
        return context
    }

    /// The `model` fact.
    package static func facts(_ model: DataModel) -> JSONNode {
        let entities = model.entities.enumerated().map { entityFacts($1, index: $0, in: model) }
        let joinTables = model.joinTables.map { join -> JSONNode in
            .object([
                "table": .string(join.table),
                "name": .string(join.relation),
                "left_entity": .string(join.leftEntity),
                "left_table": .string(join.leftTable),
                "left_column": .string(join.leftColumn),
                "left_key": .string(join.leftKey.name),
                "left_sql_type": .string(join.leftKey.sqlType),
                "right_entity": .string(join.rightEntity),
                "right_table": .string(join.rightTable),
                "right_column": .string(join.rightColumn),
                "right_key": .string(join.rightKey.name),
                "right_sql_type": .string(join.rightKey.sqlType),
            ])
        }
        let names = NameCase(model.name)
        return .object([
            "name": .string(model.name),
            "pascal": .string(names.pascal),
            "snake": .string(names.snake),
            "kebab": .string(names.kebab),
            "roles": positioned(model.roles.map { .object(["name": .string($0)]) }),
            "entities": positioned(entities),
            "has_many_to_many": .bool(!joinTables.isEmpty),
            "has_hidden_fields": .bool(model.entities.contains { !$0.access.fieldVisibility.isEmpty }),
            "join_tables": positioned(joinTables),
        ])
    }

    /// The `entity` fact of the entity at `index` of the model.
    package static func entityFacts(_ entity: Entity, index: Int, in model: DataModel) -> JSONNode {
        let names = NameCase(entity.name)
        let plural = names.plural
        let fields = entity.serviceFields
        func list(_ selected: [Field]) -> JSONNode {
            positioned(selected.map { .object(FieldFacts.facts($0, of: entity, in: model)) })
        }
        let byName = { (names: [String]) in names.compactMap { name in fields.first { $0.name == name } } }
        let operations = entity.api.operations
        var facts: [String: JSONNode] = [
            "name": .string(entity.name),
            "pascal": .string(names.pascal),
            "camel": .string(names.camel),
            "snake": .string(names.snake),
            "kebab": .string(names.kebab),
            "table": .string(entity.table),
            "plural_pascal": .string(plural.pascal),
            "plural_camel": .string(plural.camel),
            "plural_snake": .string(plural.snake),
            "plural_kebab": .string(plural.kebab),
            "fields": list(fields),
            "writable_fields": list(entity.writableFields),
            "required_writable_fields": list(entity.requiredWritableFields),
            "readable_fields": list(entity.readableFields),
            "filterable_fields": list(byName(entity.api.filterable)),
            "sortable_fields": list(byName(entity.api.sortable)),
            "references": list(fields.filter { $0.reference != nil }),
            "primary_key": .object(FieldFacts.facts(entity.servicePrimaryKey, of: entity, in: model)),
            "timestamps": .bool(entity.timestamps),
            "soft_delete": .bool(entity.softDelete),
            "ops": .object(Dictionary(uniqueKeysWithValues: Action.allCases.map { ($0.rawValue, JSONNode.bool(operations.contains($0))) })),
            "operations": positioned(Action.allCases.filter(operations.contains).map { .object(["name": .string($0.rawValue)]) }),
            "pagination_offset": .bool(entity.api.pagination == .offset),
            "pagination_cursor": .bool(entity.api.pagination == .cursor),
            "pagination": .string(entity.api.pagination.rawValue),
            "page_size": .int(entity.api.defaultPageSize),
            "max_page_size": .int(entity.api.maxPageSize),
            "owner_field": .string(entity.access.ownerField ?? ""),
            "tenant_field": .string(entity.access.tenantField ?? ""),
            "has_owner": .bool(entity.access.ownerField != nil),
            "has_tenant": .bool(entity.access.tenantField != nil),
            "first": .bool(index == 0),
            "last": .bool(index == model.entities.count - 1),
            "index": .int(index),
        ]
        facts["many_to_many"] = positioned(
            entity.manyToMany.compactMap { relation -> JSONNode? in
                // A relation to an unknown entity has no join table; the validator reports it.
                guard let join = model.joinTable(for: relation, of: entity) else { return nil }
                let otherNames = NameCase(relation.entity)
                let relationNames = NameCase(relation.name)
                return .object([
                    "name": .string(relation.name),
                    "pascal": .string(relationNames.pascal),
                    "camel": .string(relationNames.camel),
                    "through": .string(relation.through),
                    "left_column": .string(join.leftColumn),
                    "right_column": .string(join.rightColumn),
                    "entity": .object([
                        "name": .string(relation.entity),
                        "pascal": .string(otherNames.pascal),
                        "camel": .string(otherNames.camel),
                        "snake": .string(otherNames.snake),
                        "table": .string(join.rightTable),
                        "key": .string(join.rightKey.name),
                    ]),
                ])
            })
        facts["has_many_to_many"] = .bool(!entity.manyToMany.isEmpty)
        facts["grants"] = positioned(entity.access.grants.map(grantFacts))
        facts["access_table"] = positioned(
            model.roles.flatMap { role in
                Action.allCases.filter(operations.contains).map { action -> JSONNode in
                    let scope = entity.access.scope(of: [role], for: action)
                    // Allowed, but refused for what it must name: the test expects the 400, as the validator warned.
                    let refused = scope != nil && action == .create && !model.unreadableRequiredReferences(of: entity, for: role).isEmpty
                    return .object([
                        "role": .string(role),
                        "action": .string(action.rawValue),
                        "allowed": .bool(scope != nil),
                        "refused_reference": .bool(refused),
                        "scope": .string(scope?.rawValue ?? ""),
                    ])
                }
            })
        facts["hidden_fields"] = positioned(
            entity.access.fieldVisibility.map { visibility in
                .object(["field": .string(visibility.field), "roles": positioned(visibility.roles.map { .object(["name": .string($0)]) })])
            })
        return .object(facts)
    }

    private static func grantFacts(_ grant: Grant) -> JSONNode {
        var facts: [String: JSONNode] = [
            "role": .string(grant.role),
            "actions": positioned(Action.allCases.filter(grant.actions.contains).map { .object(["name": .string($0.rawValue)]) }),
            "scope": .string(grant.scope.rawValue),
        ]
        for scope in RowScope.allCases { facts["scope_" + scope.rawValue] = .bool(grant.scope == scope) }
        for action in Action.allCases { facts["can_" + action.rawValue] = .bool(grant.actions.contains(action)) }
        return .object(facts)
    }

    /// The items with `first`, `last` and `index` (0-based) added, for separators in templates.
    static func positioned(_ items: [JSONNode]) -> JSONNode {
        .array(
            items.enumerated().map { index, item in
                guard case .object(var members) = item else { return item }
                members["first"] = .bool(index == 0)
                members["last"] = .bool(index == items.count - 1)
                members["index"] = .int(index)
                return .object(members)
            })
    }
}

extension EntityAccess {
    /// The widest scope among `roles` that grant `action`, nil when none does (docs/model.md, "Row scopes").
    package func scope(of roles: [String], for action: Action) -> RowScope? {
        let scopes = grants.filter { roles.contains($0.role) && $0.actions.contains(action) }.map(\.scope)
        for scope in [RowScope.all, .tenant, .owner] where scopes.contains(scope) { return scope }
        return nil
    }
}
