import Foundation

/// Turns a schema read from DBML, DDL or a live database into a model, in one place.
///
/// What it recognises: a table of exactly two foreign keys (plus optional timestamps) is a
/// many-to-many join table; `created_at` + `updated_at` (timestamptz, NOT NULL, default now) are the
/// timestamps; a nullable `deleted_at` timestamptz is soft delete; CHECKs the model can express become
/// bounds, lengths, patterns and enum values. Everything else the model cannot hold is a warning.
package enum SchemaImporter {
    /// The model (not yet normalized or validated), where each part came from, and the warnings.
    package static func model(from schema: ImportedSchema, file: String, name: String) -> (model: DataModel, sources: ModelSourceMap, warnings: [ModelDiagnostic]) {
        var state = State(schema: schema, file: file)
        let model = state.build(name: schema.name.map(ModelNaming.modelName) ?? name)
        // Warnings in source order; those without a line last, each group in the order found.
        let warnings = state.warnings.enumerated().sorted { left, right in
            (left.element.line ?? Int.max, left.offset) < (right.element.line ?? Int.max, right.offset)
        }.map(\.element)
        return (model, state.sources, warnings)
    }

    struct State {
        let schema: ImportedSchema
        let file: String
        var sources: ModelSourceMap
        var warnings: [ModelDiagnostic]
        /// Entity names by table.
        var entityNames: [String: String] = [:]

        init(schema: ImportedSchema, file: String) {
            self.schema = schema
            self.file = file
            self.sources = ModelSourceMap(file: file)
            self.warnings = schema.warnings
        }

        mutating func warn(_ line: Int?, _ message: String) { warnings.append(ModelDiagnostic(file: file, line: line, message)) }

        mutating func build(name: String) -> DataModel {
            let joins = schema.tables.filter(isJoinTable)
            let joinNames = Set(joins.map(\.name))
            for table in schema.tables where !joinNames.contains(table.name) {
                var entityName = ModelNaming.pascalCase(ModelNaming.singular(table.name))
                // Oracle's C##USER schemas and other punctuation cannot be in an entity's name.
                entityName = String(entityName.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
                if entityName.isEmpty || !(entityName.first?.isLetter ?? false) { entityName = "T" + entityName }
                if entityNames.values.contains(entityName) { entityName = ModelNaming.pascalCase(table.name) }
                entityNames[table.name] = entityName
            }
            var entities = schema.tables.filter { !joinNames.contains($0.name) }.map { entity(from: $0) }
            for join in joins { addJoinRelation(join, to: &entities) }
            for key in schema.foreignKeys where key.manyToMany { addManyToMany(key, to: &entities) }
            return DataModel(name: name, roles: [DataModel.adminRole], entities: entities)
        }

        /// Exactly two single-column foreign keys to tables' primary keys, and no other column but timestamps.
        func isJoinTable(_ table: ImportedSchema.Table) -> Bool {
            let keys = schema.foreignKeys.filter { $0.table == table.name && !$0.manyToMany }
            guard keys.count == 2, keys.allSatisfy({ $0.columns.count == 1 && referencesPrimaryKey($0) }) else { return false }
            let keyColumns = Set(keys.map { $0.columns[0] })
            let others = table.columns.filter { !keyColumns.contains($0.name) }.map(\.name)
            return keyColumns.count == 2 && others.allSatisfy { $0 == "created_at" || $0 == "updated_at" }
        }

        func referencesPrimaryKey(_ key: ImportedSchema.ForeignKey) -> Bool {
            guard let target = schema.table(named: key.referencedTable) else { return false }
            return target.primaryKey == key.referencedColumns
                || (target.primaryKey.isEmpty && key.referencedColumns == ["id"] && (target.column(named: "id") == nil || Self.takesIDAsPrimaryKey(target)))
        }

        /// A composite primary key with a column `id`: `id` is the entity's primary key.
        static func compositeKeyHoldsID(_ table: ImportedSchema.Table) -> Bool {
            table.primaryKey.count > 1 && table.primaryKey.contains("id") && table.column(named: "id") != nil
        }

        /// A table that declares no primary key but has a column `id` (diagrams often leave `[pk]` out): `id` is
        /// taken as its primary key, with a warning, rather than refusing the import.
        static func takesIDAsPrimaryKey(_ table: ImportedSchema.Table) -> Bool {
            table.primaryKey.isEmpty && !table.columns.contains(where: \.primaryKey) && table.column(named: "id") != nil
        }

        mutating func entity(from table: ImportedSchema.Table) -> Entity {
            let name = entityNames[table.name]!
            sources.lines[name] = table.line
            if let schemaName = table.schema, schemaName != "public" {
                warn(table.line, "the schema \(schemaName) of \(schemaName).\(table.name) is not carried over; the model has one schema")
            }
            if let note = table.note, !note.isEmpty { warn(table.line, "the note of table \(table.name) is not carried over (the model has notes on fields only)") }
            var checks: [String: CheckExpressionReader.Constraints] = [:]
            for check in table.checks {
                guard let read = CheckExpressionReader.read(check.expression) else {
                    warn(
                        check.line,
                        "the check (\(CheckExpressionReader.displayed(check.expression))) on \(table.name) cannot be carried over; the model knows bounds, lengths, patterns and enum values")
                    continue
                }
                checks.merge(read) { old, new in Self.merge(old, new) }
            }
            var fields = table.columns.map { field(from: $0, of: table, checks: checks[$0.name]) }
            for column in checks.keys where table.column(named: column) == nil {
                warn(table.line, "a check on \(table.name) names the unknown column \(column); it is not carried over")
            }
            if Self.compositeKeyHoldsID(table) {
                warn(
                    table.line,
                    "the composite primary key (\(table.primaryKey.joined(separator: ", "))) of \(table.name) cannot be carried over; id becomes the primary key and the composite a unique index")
            } else if table.primaryKey.count > 1 {
                warn(
                    table.line, "the composite primary key (\(table.primaryKey.joined(separator: ", "))) of \(table.name) cannot be carried over; it becomes a unique index and the model adds id uuid")
            } else if table.primaryKey.isEmpty, table.column(named: "id") == nil {
                warn(table.line, "\(table.name) has no primary key; the model adds id uuid")
            } else if Self.takesIDAsPrimaryKey(table) {
                warn(table.line, "\(table.name) declares no primary key; its column id is taken as the primary key")
            }
            var timestamps = false
            if let created = fields.first(where: { $0.name == "created_at" }), let updated = fields.first(where: { $0.name == "updated_at" }),
                Self.isTimestamp(created), Self.isTimestamp(updated)
            {
                timestamps = true
                fields.removeAll { $0.name == "created_at" || $0.name == "updated_at" }
            }
            var softDelete = false
            if let deleted = fields.first(where: { $0.name == "deleted_at" }), deleted.type == .datetime, !deleted.required, deleted.defaultValue == nil {
                softDelete = true
                fields.removeAll { $0.name == "deleted_at" }
            }
            for key in schema.foreignKeys where key.table == table.name && !key.manyToMany {
                applyForeignKey(key, to: &fields)
            }
            var indexes: [EntityIndex] = []
            for composite in table.uniques where composite.count > 1 {
                indexes.append(EntityIndex(fields: composite, unique: true))
            }
            if table.primaryKey.count > 1 { indexes.append(EntityIndex(fields: table.primaryKey, unique: true)) }
            for index in table.indexes {
                if let reason = index.unsupported {
                    warn(index.line, "the index \(index.name ?? "on \(table.name)") cannot be carried over: \(reason)")
                    continue
                }
                if let unknown = index.columns.first(where: { table.column(named: $0) == nil }) {
                    warn(index.line, "the index \(index.name ?? "on \(table.name)") names the unknown column \(unknown); it is not carried over")
                    continue
                }
                if index.unique, index.columns.count == 1, let position = fields.firstIndex(where: { $0.name == index.columns[0] }) {
                    fields[position].unique = true
                    continue
                }
                let derived = SQLIdentifier.name([table.name] + index.columns + [index.unique ? "key" : "idx"])
                // The writer adds an index on every foreign key by itself; reading it back as declared would grow the model.
                let automatic = !index.unique && index.columns.count == 1 && index.name == derived && fields.contains { $0.name == index.columns[0] && $0.reference != nil }
                if automatic { continue }
                let entityIndex = EntityIndex(fields: index.columns, unique: index.unique, name: index.name == derived ? nil : index.name)
                if !indexes.contains(where: { $0.fields == entityIndex.fields && $0.unique == entityIndex.unique }) { indexes.append(entityIndex) }
            }
            return Entity(name: name, table: table.name, fields: fields, indexes: indexes, timestamps: timestamps, softDelete: softDelete, line: table.line)
        }

        static func isTimestamp(_ field: Field) -> Bool {
            field.type == .datetime && field.required && field.defaultValue == .now
        }

        static func merge(_ old: CheckExpressionReader.Constraints, _ new: CheckExpressionReader.Constraints) -> CheckExpressionReader.Constraints {
            var merged = old
            merged.minimum = new.minimum ?? old.minimum
            merged.maximum = new.maximum ?? old.maximum
            merged.minLength = new.minLength ?? old.minLength
            merged.maxLength = new.maxLength ?? old.maxLength
            merged.pattern = new.pattern ?? old.pattern
            merged.values = new.values ?? old.values
            return merged
        }

        mutating func field(from column: ImportedSchema.Column, of table: ImportedSchema.Table, checks: CheckExpressionReader.Constraints?) -> Field {
            let entityName = entityNames[table.name]!
            sources.lines["\(entityName).fields.\(column.name)"] = column.line
            let mapped = SQLTypeMapping.fieldType(column.type, enums: schema.enums)
            if let warning = mapped.warning { warn(column.line, "\(table.name).\(column.name): \(warning)") }
            var type = mapped.type
            if let values = checks?.values {
                if type == .string || type == .text {
                    type = .enumeration(values)
                } else {
                    warn(column.line, "\(table.name).\(column.name): a list of allowed values on a \(type.name) column cannot be carried over")
                }
            }
            let implicit = (Self.takesIDAsPrimaryKey(table) || Self.compositeKeyHoldsID(table)) && column.name == "id"
            let primary = table.primaryKey == [column.name] || (table.primaryKey.isEmpty && column.primaryKey) || implicit
            // A column of a primary key is NOT NULL even when the key itself cannot be carried over.
            let required = column.notNull || column.primaryKey || table.primaryKey.contains(column.name) || implicit
            var field = Field(name: column.name, type: type, primaryKey: primary, required: required, unique: column.unique && !primary, note: column.note, line: column.line)
            field.maxLength = mapped.maxLength
            if let checks {
                field.minimum = checks.minimum
                field.maximum = checks.maximum
                field.minLength = checks.minLength
                if let maxLength = checks.maxLength { field.maxLength = field.maxLength.map { min($0, maxLength) } ?? maxLength }
                field.pattern = checks.pattern.map(Self.unanchored)
            }
            if table.uniques.contains([column.name]) { field.unique = !primary }
            if column.increment, !(primary && (type == .int || type == .bigint)) {
                warn(column.line, "\(table.name).\(column.name): only an int or bigint primary key can be generated; increment is not carried over")
            }
            if let value = column.defaultValue { field.defaultValue = defaultValue(value, for: field, column: column, table: table) }
            return field
        }

        /// The model's pattern from the anchored one the writer produced (`^(?:p)$` → `p`).
        static func unanchored(_ pattern: String) -> String {
            if pattern.hasPrefix("^(?:"), pattern.hasSuffix(")$") { return String(pattern.dropFirst(4).dropLast(2)) }
            return pattern
        }

        mutating func defaultValue(_ value: ImportedSchema.Default, for field: Field, column: ImportedSchema.Column, table: ImportedSchema.Table) -> FieldDefault? {
            switch value {
            case .null: return nil
            case .bool(let flag): return field.type == .bool ? .bool(flag) : .string(flag ? "true" : "false")
            case .number(let text):
                switch field.type {
                case .int, .bigint, .decimal: return .number(text)
                default: return .string(text)
                }
            case .string(let text): return .string(text)
            case .expression(let expression):
                let lowered = expression.lowercased().replacingOccurrences(of: " ", with: "")
                if ["now()", "current_timestamp", "localtimestamp", "current_date", "transaction_timestamp()", "statement_timestamp()", "clock_timestamp()"].contains(lowered),
                    field.type == .datetime || field.type == .date
                {
                    return .now
                }
                if ["gen_random_uuid()", "uuid_generate_v4()", "public.gen_random_uuid()", "public.uuid_generate_v4()"].contains(lowered), field.type == .uuid {
                    return .randomUUID
                }
                if lowered.hasPrefix("nextval("), field.primaryKey { return nil }
                warn(column.line, "\(table.name).\(column.name): the default \(expression) cannot be carried over; the model knows literals, now and random")
                return nil
            }
        }

        mutating func applyForeignKey(_ key: ImportedSchema.ForeignKey, to fields: inout [Field]) {
            let description = "\(key.table).(\(key.columns.joined(separator: ", "))) → \(key.referencedTable).(\(key.referencedColumns.joined(separator: ", ")))"
            guard key.columns.count == 1 else {
                warn(key.line, "the composite foreign key \(description) cannot be carried over; the model references single columns")
                return
            }
            guard let target = entityNames[key.referencedTable] else {
                warn(key.line, "the foreign key \(description) names a table that is not in the schema (or is a join table); it is not carried over")
                return
            }
            guard referencesPrimaryKey(key) else {
                warn(key.line, "the foreign key \(description) does not reference the primary key of \(key.referencedTable); the model references primary keys only")
                return
            }
            guard let position = fields.firstIndex(where: { $0.name == key.columns[0] }) else {
                warn(key.line, "the foreign key \(description) names an unknown column; it is not carried over")
                return
            }
            var onDelete = OnDelete.restrict
            switch key.onDelete ?? "restrict" {
            case "cascade": onDelete = .cascade
            case "set null": onDelete = .setNull
            case "restrict", "no action": onDelete = .restrict
            default: warn(key.line, "\(description): on delete \(key.onDelete!) is not supported; restrict is used")
            }
            if key.oneToOne, !fields[position].unique {
                warn(key.line, "the one-to-one relation \(description) is carried over as a reference; add unique: true to \(key.columns[0]) to keep it one-to-one")
            }
            // dbdiagram does not check types: a varchar column may reference an int key. The reference takes the key's type.
            if let referenced = schema.table(named: key.referencedTable), let keyColumn = referenced.column(named: key.referencedColumns.first ?? "id") {
                let keyType = SQLTypeMapping.fieldType(keyColumn.type, enums: schema.enums).type
                if fields[position].type != keyType {
                    warn(key.line, "\(description): \(key.columns[0]) is \(fields[position].type.name) but references a \(keyType.name) key; it becomes \(keyType.name)")
                    fields[position].type = keyType
                    fields[position].maxLength = nil
                }
            }
            fields[position].reference = Reference(entity: target, name: ModelNaming.relationName(forField: key.columns[0]), onDelete: onDelete)
        }

        mutating func addJoinRelation(_ join: ImportedSchema.Table, to entities: inout [Entity]) {
            let keys = schema.foreignKeys.filter { $0.table == join.name && !$0.manyToMany }
            let ordered = keys.sorted { left, right in
                (join.columns.firstIndex { $0.name == left.columns[0] } ?? 0) < (join.columns.firstIndex { $0.name == right.columns[0] } ?? 0)
            }
            if join.columns.contains(where: { $0.name == "created_at" }) {
                warn(join.line, "the timestamps of the join table \(join.name) are not carried over")
            }
            for key in ordered where key.onDelete != "cascade" && key.onDelete != nil {
                warn(key.line, "\(join.name): on delete \(key.onDelete!) becomes cascade (a join table row goes with either side)")
            }
            addRelation(from: ordered[0].referencedTable, to: ordered[1].referencedTable, through: join.name, line: join.line, to: &entities)
        }

        mutating func addManyToMany(_ key: ImportedSchema.ForeignKey, to entities: inout [Entity]) {
            guard key.columns.count == 1, referencesPrimaryKey(key),
                schema.table(named: key.table)?.primaryKey == key.columns || schema.table(named: key.table)?.primaryKey.isEmpty == true
            else {
                warn(key.line, "the many-to-many ref between \(key.table) and \(key.referencedTable) must join primary keys; it is not carried over")
                return
            }
            // dbdiagram names the join table <a>_<b>; a table of that name already in the diagram keeps it.
            var through = SQLIdentifier.shortened("\(key.table)_\(key.referencedTable)")
            if schema.table(named: through) != nil {
                var candidate = SQLIdentifier.shortened(through + "_link")
                var number = 2
                while schema.table(named: candidate) != nil {
                    candidate = SQLIdentifier.shortened(through + "_link\(number)")
                    number += 1
                }
                warn(key.line, "the join table of the many-to-many ref \(key.table) <> \(key.referencedTable) would be \(through), a table of the diagram; it is \(candidate)")
                through = candidate
            }
            addRelation(from: key.table, to: key.referencedTable, through: through, line: key.line, to: &entities)
        }

        mutating func addRelation(from leftTable: String, to rightTable: String, through: String, line: Int?, to entities: inout [Entity]) {
            guard let left = entityNames[leftTable], let right = entityNames[rightTable],
                let position = entities.firstIndex(where: { $0.name == left })
            else {
                warn(line, "the many-to-many relation through \(through) joins a table that is not an entity; it is not carried over")
                return
            }
            var name = rightTable
            if entities[position].field(named: name) != nil || entities[position].manyToMany.contains(where: { $0.name == name }) { name = through }
            entities[position].manyToMany.append(ManyToMany(name: name, entity: right, through: through, line: line))
            sources.lines["\(left).many_to_many.\(name)"] = line
        }
    }
}
