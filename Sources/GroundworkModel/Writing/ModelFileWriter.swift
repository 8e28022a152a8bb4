import Foundation

/// Writes a model as a model file (`model: 1`, docs/model.md) that `ModelFileReader` reads back to the
/// same model: one flow mapping per field, defaults left out, implicit fields (`id`, timestamps,
/// `deleted_at`) left out. `model import` writes its result with it.
package enum ModelFileWriter {
    /// The YAML text of `model` (normalized first).
    package static func write(_ model: DataModel, header: String? = nil) -> String {
        let model = model.normalized()
        var lines: [String] = []
        if let header { lines += header.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 } }
        lines += ["model: \(ModelFileReader.formatVersion)", "name: \(scalar(model.name))", "roles: \(list(model.roles))", "entities:"]
        for entity in model.entities { lines += self.entity(entity) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func entity(_ entity: Entity) -> [String] {
        var lines = ["  \(scalar(entity.name)):"]
        if entity.table != ModelNaming.table(forEntity: entity.name) { lines.append("    table: \(scalar(entity.table))") }
        if !entity.timestamps { lines.append("    timestamps: false") }
        if entity.softDelete { lines.append("    soft_delete: true") }
        let fields = entity.fields.filter { !entity.isImplicit($0) }
        if !fields.isEmpty {
            lines.append("    fields:")
            for field in fields { lines.append("      \(scalar(field.name)): \(self.field(field, of: entity))") }
        }
        if !entity.indexes.isEmpty {
            lines.append("    indexes:")
            for index in entity.indexes {
                var parts = ["fields: \(list(index.fields))"]
                if index.unique { parts.append("unique: true") }
                if let name = index.name { parts.append("name: \(scalar(name))") }
                lines.append("      - {\(parts.joined(separator: ", "))}")
            }
        }
        if !entity.manyToMany.isEmpty {
            lines.append("    many_to_many:")
            for relation in entity.manyToMany {
                lines.append("      \(scalar(relation.name)): {entity: \(scalar(relation.entity)), through: \(scalar(relation.through))}")
            }
        }
        lines += api(entity.api)
        if entity.access != .adminOnly { lines += access(entity.access) }
        return lines
    }

    static func field(_ field: Field, of entity: Entity) -> String {
        var parts = ["type: \(field.type.name)"]
        if case .enumeration(let values) = field.type { parts.append("values: \(list(values))") }
        if case .decimal(let precision, let scale) = field.type { parts += ["precision: \(precision)", "scale: \(scale)"] }
        if field.primaryKey { parts.append("primary: true") }
        if field.required, !field.primaryKey { parts.append("required: true") }
        if field.unique { parts.append("unique: true") }
        if let value = field.defaultValue, !(field.primaryKey && value == .randomUUID) { parts.append("default: \(defaultText(value))") }
        if let minimum = field.minimum { parts.append("min: \(ModelNumber.text(minimum))") }
        if let maximum = field.maximum { parts.append("max: \(ModelNumber.text(maximum))") }
        if let minLength = field.minLength { parts.append("min_length: \(minLength)") }
        if let maxLength = field.maxLength, !(field.type == .string && maxLength == Entity.defaultStringLength) { parts.append("max_length: \(maxLength)") }
        if let pattern = field.pattern { parts.append("pattern: \(quoted(pattern))") }
        if let reference = field.reference {
            parts.append("references: \(scalar(reference.entity))")
            if reference.onDelete != .restrict { parts.append("on_delete: \(reference.onDelete.rawValue)") }
            if reference.name != ModelNaming.relationName(forField: field.name) { parts.append("as: \(scalar(reference.name))") }
        }
        let impliedReadOnly = field.primaryKey || field.name == entity.access.ownerField || field.name == entity.access.tenantField
        if field.readOnly, !impliedReadOnly { parts.append("read_only: true") }
        if field.writeOnly { parts.append("write_only: true") }
        if let note = field.note { parts.append("note: \(quoted(note))") }
        return "{\(parts.joined(separator: ", "))}"
    }

    static func defaultText(_ value: FieldDefault) -> String {
        switch value {
        case .string(let text): quoted(text)
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .now: "now"
        case .randomUUID: "random"
        }
    }

    static func api(_ api: EntityAPI) -> [String] {
        let defaults = EntityAPI()
        var lines: [String] = []
        if api.operations != defaults.operations { lines.append("      operations: \(list(api.operations.sorted().map(\.rawValue)))") }
        if api.pagination != defaults.pagination { lines.append("      pagination: \(api.pagination.rawValue)") }
        if api.defaultPageSize != defaults.defaultPageSize { lines.append("      page_size: \(api.defaultPageSize)") }
        if api.maxPageSize != defaults.maxPageSize { lines.append("      max_page_size: \(api.maxPageSize)") }
        if !api.filterable.isEmpty { lines.append("      filter: \(list(api.filterable))") }
        if !api.sortable.isEmpty { lines.append("      sort: \(list(api.sortable))") }
        return lines.isEmpty ? [] : ["    api:"] + lines
    }

    static func access(_ access: EntityAccess) -> [String] {
        var lines = ["    access:"]
        if let owner = access.ownerField { lines.append("      owner: \(scalar(owner))") }
        if let tenant = access.tenantField { lines.append("      tenant: \(scalar(tenant))") }
        lines.append(access.grants.isEmpty ? "      grants: {}" : "      grants:")
        for grant in access.grants {
            lines.append("        \(scalar(grant.role)): {actions: \(list(grant.actions.sorted().map(\.rawValue))), scope: \(grant.scope.rawValue)}")
        }
        if !access.fieldVisibility.isEmpty {
            lines.append("      fields:")
            for rule in access.fieldVisibility { lines.append("        \(scalar(rule.field)): \(list(rule.roles))") }
        }
        return lines
    }

    /// `[a, b]` with each item a scalar.
    static func list(_ items: [String]) -> String { "[" + items.map(scalar).joined(separator: ", ") + "]" }

    /// A plain scalar when YAML reads it back as the same string, else a double-quoted one.
    static func scalar(_ text: String) -> String {
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]
        let plain =
            !text.isEmpty && text.first.map { $0.isLetter || $0 == "_" } == true
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") }
            && !reserved.contains(text.lowercased())
        return plain ? text : quoted(text)
    }

    /// A double-quoted YAML scalar: a JSON string is one (YAML reads JSON's escapes).
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(text), let json = String(data: data, encoding: .utf8) else { return "\"\"" }
        return json
    }
}
