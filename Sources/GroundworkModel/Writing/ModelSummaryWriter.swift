/// A model as text for a person (`groundwork model show`): entities with their fields, relations in
/// both directions, the API of each entity and the access table role × action.
package enum ModelSummaryWriter {
    /// The summary of `model` (normalized first).
    package static func write(_ model: DataModel) -> String {
        let model = model.normalized()
        var lines = ["\(model.name): \(model.entities.count) entities, roles \(model.roles.joined(separator: ", "))"]
        for entity in model.entities {
            lines.append("")
            var flags = ["table \(entity.table)"]
            if entity.timestamps { flags.append("timestamps") }
            if entity.softDelete { flags.append("soft delete") }
            lines.append("\(entity.name) (\(flags.joined(separator: ", ")))")
            let width = min(24, (entity.fields.map(\.name.count).max() ?? 0) + 2)
            let typeWidth = min(24, (entity.fields.map { typeName($0).count }.max() ?? 0) + 2)
            for field in entity.fields {
                let name = field.name.padding(toLength: max(width, field.name.count + 1), withPad: " ", startingAt: 0)
                let typeText = typeName(field)
                let type = typeText.padding(toLength: max(typeWidth, typeText.count + 1), withPad: " ", startingAt: 0)
                lines.append("  \(name)\(type)\(traits(field, of: entity).joined(separator: ", "))")
            }
            for relation in entity.manyToMany {
                lines.append("  \(relation.name): many-to-many with \(relation.entity) through \(relation.through)")
            }
            for other in model.entities {
                for field in other.fields where field.reference?.entity == entity.name {
                    lines.append("  has many \(other.name) (\(other.name).\(field.name), on delete \(field.reference!.onDelete.rawValue))")
                }
            }
            let api = entity.api
            var apiParts = [
                "operations \(api.operations.sorted().map(\.rawValue).joined(separator: ", "))",
                "\(api.pagination.rawValue) pagination, \(api.defaultPageSize) per page, at most \(api.maxPageSize)",
            ]
            if !api.filterable.isEmpty { apiParts.append("filter \(api.filterable.joined(separator: ", "))") }
            if !api.sortable.isEmpty { apiParts.append("sort \(api.sortable.joined(separator: ", "))") }
            lines.append("  api: /\(entity.table); " + apiParts.joined(separator: "; "))
            var rows: [String] = []
            if let owner = entity.access.ownerField { rows.append("owner field \(owner)") }
            if let tenant = entity.access.tenantField { rows.append("tenant field \(tenant)") }
            if !rows.isEmpty { lines.append("  rows: " + rows.joined(separator: ", ")) }
            for rule in entity.access.fieldVisibility {
                lines.append("  \(rule.field) visible to \(rule.roles.joined(separator: ", ")) only")
            }
        }
        lines += ["", "Access (scope per role and action; - denied):"]
        let entityWidth = max(8, (model.entities.map(\.name.count).max() ?? 0) + 2)
        let roleWidth = max(6, (model.roles.map(\.count).max() ?? 0) + 2)
        let header =
            "".padding(toLength: entityWidth, withPad: " ", startingAt: 0) + "role".padding(toLength: roleWidth, withPad: " ", startingAt: 0)
            + Action.allCases.map { $0.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) }.joined()
        lines.append("  " + header.trimmingTrailingSpaces())
        for entity in model.entities {
            for (index, role) in model.roles.enumerated() {
                let grant = entity.access.grants.first { $0.role == role }
                let cells = Action.allCases.map { action -> String in
                    guard let grant, grant.actions.contains(action), entity.api.operations.contains(action) else { return "-" }
                    return grant.scope.rawValue
                }
                let entityCell = (index == 0 ? entity.name : "").padding(toLength: entityWidth, withPad: " ", startingAt: 0)
                let line =
                    entityCell + role.padding(toLength: roleWidth, withPad: " ", startingAt: 0)
                    + cells.map { $0.padding(toLength: 8, withPad: " ", startingAt: 0) }.joined()
                lines.append("  " + line.trimmingTrailingSpaces())
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `string(120)`, `decimal(12,2)`, `enum(free, pro)`.
    static func typeName(_ field: Field) -> String {
        switch field.type {
        case .string: "string(\(field.maxLength ?? Entity.defaultStringLength))"
        case .decimal(let precision, let scale): "decimal(\(precision),\(scale))"
        case .enumeration(let values): "enum(\(values.joined(separator: ", ")))"
        default: field.type.name
        }
    }

    static func traits(_ field: Field, of entity: Entity) -> [String] {
        var traits: [String] = []
        if field.primaryKey { traits.append("primary key") }
        if field.required, !field.primaryKey { traits.append("required") }
        if field.unique { traits.append("unique") }
        if let value = field.defaultValue { traits.append("default \(ModelFileWriter.defaultText(value))") }
        if let minimum = field.minimum { traits.append("min \(ModelNumber.text(minimum))") }
        if let maximum = field.maximum { traits.append("max \(ModelNumber.text(maximum))") }
        if let minLength = field.minLength { traits.append("min length \(minLength)") }
        if let maxLength = field.maxLength, field.type != .string { traits.append("max length \(maxLength)") }
        if let pattern = field.pattern { traits.append("pattern \(pattern)") }
        if let reference = field.reference { traits.append("→ \(reference.entity) as \(reference.name), on delete \(reference.onDelete.rawValue)") }
        if field.name == entity.access.ownerField { traits.append("owner") }
        if field.name == entity.access.tenantField { traits.append("tenant") }
        if field.readOnly { traits.append("read-only") }
        if field.writeOnly { traits.append("write-only") }
        return traits
    }
}

extension String {
    /// The text without trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
