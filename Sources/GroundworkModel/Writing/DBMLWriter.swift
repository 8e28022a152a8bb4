import Foundation

/// Writes a model as DBML for dbdiagram.io: a `Project`, one `Enum` per enum field
/// (`<table>_<column>`), one `Table` per entity and per join table, and one `Ref` per foreign key.
///
/// Bounds, lengths and patterns travel as column `check:` expressions (the DDL writer's), so
/// `DBMLReader` gives the same schema back; what DBML cannot say (API, access, read-only and
/// write-only flags) is not written. Output is deterministic.
package enum DBMLWriter {
    /// The DBML of `model`.
    package static func write(_ model: DataModel) -> String {
        let model = model.normalized()
        var blocks = [
            "// The model \"\(model.name)\", written by groundwork. API and access rules live in the model file.\n"
                + "Project \(name(model.name)) {\n  database_type: 'PostgreSQL'\n}"
        ]
        for entity in model.entities {
            for field in entity.fields {
                guard case .enumeration(let values) = field.type else { continue }
                blocks.append("Enum \(name(enumName(field, of: entity))) {\n" + values.map { "  \(name($0))\n" }.joined() + "}")
            }
        }
        for entity in model.entities { blocks.append(table(entity)) }
        for join in model.joinTables { blocks.append(joinTable(join)) }
        var refs: [String] = []
        for entity in model.entities {
            for field in entity.fields {
                guard let reference = field.reference else { continue }
                let target = model.entity(named: reference.entity)
                let targetTable = target?.table ?? ModelNaming.table(forEntity: reference.entity)
                let key = target?.primaryKey?.name ?? "id"
                refs.append("Ref: \(name(entity.table)).\(name(field.name)) > \(name(targetTable)).\(name(key)) [delete: \(deleteAction(reference.onDelete))]")
            }
        }
        for join in model.joinTables {
            refs.append("Ref: \(name(join.table)).\(name(join.leftColumn)) > \(name(join.leftTable)).\(name(join.leftKey.name)) [delete: cascade]")
            refs.append("Ref: \(name(join.table)).\(name(join.rightColumn)) > \(name(join.rightTable)).\(name(join.rightKey.name)) [delete: cascade]")
        }
        if !refs.isEmpty { blocks.append(refs.joined(separator: "\n")) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The Enum a field's values are declared as: `<table>_<column>`.
    static func enumName(_ field: Field, of entity: Entity) -> String { "\(entity.table)_\(field.name)" }

    static func table(_ entity: Entity) -> String {
        var lines = ["Table \(name(entity.table)) {"]
        for field in entity.fields {
            var type = PostgresDDLWriter.columnType(field)
            if case .enumeration = field.type { type = name(enumName(field, of: entity)) }
            if type.contains(" ") { type = "\"\(type)\"" }
            var settings: [String] = []
            if field.primaryKey { settings.append("pk") }
            if field.primaryKey, field.type == .int || field.type == .bigint { settings.append("increment") }
            if field.required, !field.primaryKey { settings.append("not null") }
            if field.unique { settings.append("unique") }
            if let value = field.defaultValue { settings.append("default: \(defaultText(value, type: field.type))") }
            if let check = PostgresDDLWriter.checkExpression(field, includingValues: false), !check.contains("`") {
                settings.append("check: `\(check)`")
            }
            if let note = field.note { settings.append("note: \(string(note))") }
            lines.append("  \(name(field.name)) \(type)" + (settings.isEmpty ? "" : " [\(settings.joined(separator: ", "))]"))
        }
        if !entity.indexes.isEmpty {
            lines += ["", "  indexes {"]
            for index in entity.indexes {
                var settings: [String] = []
                if index.unique { settings.append("unique") }
                if let indexName = index.name { settings.append("name: \(string(indexName))") }
                let columns = index.fields.count == 1 ? name(index.fields[0]) : "(" + index.fields.map(name).joined(separator: ", ") + ")"
                lines.append("    \(columns)" + (settings.isEmpty ? "" : " [\(settings.joined(separator: ", "))]"))
            }
            lines.append("  }")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    static func joinTable(_ join: JoinTable) -> String {
        var left = join.leftKey, right = join.rightKey
        left.name = join.leftColumn
        right.name = join.rightColumn
        return """
            Table \(name(join.table)) {
              \(name(join.leftColumn)) \(PostgresDDLWriter.columnType(left)) [not null]
              \(name(join.rightColumn)) \(PostgresDDLWriter.columnType(right)) [not null]

              indexes {
                (\(name(join.leftColumn)), \(name(join.rightColumn))) [pk]
              }
            }
            """
    }

    static func defaultText(_ value: FieldDefault, type: FieldType) -> String {
        switch value {
        case .string(let text): string(text)
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .now: type == .date ? "`CURRENT_DATE`" : "`now()`"
        case .randomUUID: "`gen_random_uuid()`"
        }
    }

    static func deleteAction(_ onDelete: OnDelete) -> String {
        switch onDelete {
        case .restrict: "restrict"
        case .cascade: "cascade"
        case .setNull: "set null"
        }
    }

    /// A name, double-quoted unless it is a plain identifier.
    static func name(_ text: String) -> String {
        let plain = text.first.map { $0 == "_" || $0.isLetter } == true && text.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber } && text.allSatisfy(\.isASCII)
        return plain ? text : "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A single-quoted string with `'` and `\` escaped.
    static func string(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'").replacingOccurrences(of: "\n", with: "\\n") + "'"
    }
}
