/// Computes a service's migrations from its model: the first is the model's DDL (PostgresDDLWriter, the
/// one model → DDL translation); each later one takes the database from the model of the last render to
/// the model now with ALTER statements. What could lose data — a dropped table or column, a narrowed
/// type, NOT NULL on a column that may hold NULLs — is written commented out under a WARNING, never run.
package enum MigrationPlanner {
    /// `0001_init.sql`: the whole schema of `model`.
    package static func initial(_ model: DataModel) -> Migration {
        Migration(slug: "init", sql: PostgresDDLWriter.schema(model))
    }

    /// The migration from `previous` to `current`; nil when the database schema is the same
    /// (a change of access rules or API options needs none).
    package static func migration(from previous: DataModel, to current: DataModel) -> Migration? {
        var diff = SchemaDiff(previous: previous.normalized(), current: current.normalized())
        diff.compare()
        guard !diff.steps.isEmpty else { return nil }
        let slugs = diff.steps.map(\.slug)
        var slug = slugs[0]
        if Set(slugs).count > 1 { slug += "_and_more" }
        var text = "-- Migration written by groundwork: the model \"\(current.name)\" changed. It is never rewritten;\n"
        text += "-- a later model change adds a new migration. Statements commented out under a WARNING could lose\n"
        text += "-- data: review them, and run them yourself (or uncomment) once the data allows it.\n"
        for step in diff.steps {
            text += "\n-- \(step.summary)\n"
            if let warning = step.warning {
                text += "-- WARNING: \(warning)\n"
                text += step.statements.map { "-- " + $0.replacingOccurrences(of: "\n", with: "\n-- ") }.joined(separator: "\n") + "\n"
            } else {
                text += step.statements.joined(separator: "\n") + "\n"
            }
        }
        return Migration(slug: SchemaDiff.sanitised(String(slug.prefix(60))), sql: text, warnings: diff.steps.compactMap(\.warning))
    }
}

/// The steps between two normalized models, in an order PostgreSQL accepts: new tables (without their
/// foreign keys), column and constraint changes, index changes, join tables, then the new foreign keys.
struct SchemaDiff {
    struct Step {
        var summary: String
        var slug: String
        var statements: [String]
        var warning: String?
    }

    let previous: DataModel
    let current: DataModel
    var steps: [Step] = []
    private var foreignKeys: [Step] = []

    init(previous: DataModel, current: DataModel) {
        self.previous = previous
        self.current = current
    }

    mutating func compare() {
        let oldTables = Dictionary(previous.entities.map { ($0.table, $0) }, uniquingKeysWith: { first, _ in first })
        let newTables = Set(current.entities.map(\.table))
        for entity in current.entities {
            if let old = oldTables[entity.table] { compare(old, entity) } else { addTable(entity) }
        }
        for entity in previous.entities where !newTables.contains(entity.table) {
            steps.append(
                Step(
                    summary: "\(entity.name) left the model", slug: "drop_\(entity.table)",
                    statements: ["DROP TABLE \(SQLIdentifier.quoted(entity.table));"],
                    warning: "dropping \(entity.table) deletes every row it holds"
                ))
        }
        let oldJoins = Dictionary(previous.joinTables.map { ($0.table, $0) }, uniquingKeysWith: { first, _ in first })
        let newJoins = Set(current.joinTables.map(\.table))
        for join in current.joinTables where oldJoins[join.table] == nil {
            steps.append(Step(summary: "New many-to-many relation \(join.leftEntity).\(join.relation)", slug: "add_\(join.table)", statements: [PostgresDDLWriter.createJoinTable(join)]))
        }
        for join in previous.joinTables where !newJoins.contains(join.table) {
            steps.append(
                Step(
                    summary: "The relation \(join.leftEntity).\(join.relation) left the model", slug: "drop_\(join.table)",
                    statements: ["DROP TABLE \(SQLIdentifier.quoted(join.table));"], warning: "dropping \(join.table) deletes the pairs it holds"
                ))
        }
        steps += foreignKeys
    }

    /// A new entity: its table without foreign keys (added at the end, when every table exists), its indexes.
    private mutating func addTable(_ entity: Entity) {
        let references = Set(entity.fields.filter { $0.reference != nil }.map(\.name))
        var statements = [PostgresDDLWriter.createTable(entity, in: current, deferredForeignKeys: references)]
        statements += PostgresDDLWriter.indexes(of: entity, in: current).map(\.createStatement)
        steps.append(Step(summary: "New entity \(entity.name)", slug: "add_\(entity.table)", statements: statements))
        for field in entity.fields {
            if let key = PostgresDDLWriter.foreignKey(field, of: entity, in: current) {
                foreignKeys.append(
                    Step(summary: "\(entity.name).\(field.name) references \(field.reference?.entity ?? "")", slug: "add_\(entity.table)", statements: [key.addStatement(table: entity.table)]))
            }
        }
    }

    /// Column, constraint and index changes of a table in both models.
    private mutating func compare(_ old: Entity, _ new: Entity) {
        let table = SQLIdentifier.quoted(new.table)
        for field in new.fields {
            guard let before = old.field(named: field.name) else {
                addColumn(field, to: new)
                continue
            }
            compareColumn(before, field, old: old, new: new)
        }
        for field in old.fields where new.field(named: field.name) == nil {
            steps.append(
                Step(
                    summary: "\(new.name).\(field.name) left the model", slug: "drop_\(new.table)_\(field.name)",
                    statements: ["ALTER TABLE \(table) DROP COLUMN \(SQLIdentifier.quoted(field.name));"],
                    warning: "dropping \(new.table).\(field.name) deletes its values"
                ))
        }
        let oldIndexes = PostgresDDLWriter.indexes(of: old, in: previous)
        let newIndexes = PostgresDDLWriter.indexes(of: new, in: current)
        for index in oldIndexes where !newIndexes.contains(index) {
            steps.append(Step(summary: "Index \(index.name) left the model", slug: "drop_\(index.name)", statements: [index.dropStatement]))
        }
        for index in newIndexes where !oldIndexes.contains(index) {
            steps.append(Step(summary: "New index \(index.name)", slug: "add_\(index.name)", statements: [index.createStatement]))
        }
    }

    private mutating func addColumn(_ field: Field, to entity: Entity) {
        let table = SQLIdentifier.quoted(entity.table)
        let slug = "add_\(entity.table)_\(field.name)"
        var statements: [String] = []
        var nullable = field
        let needsBackfill = field.required && field.defaultValue == nil && !field.primaryKey
        if needsBackfill { nullable.required = false }
        statements.append("ALTER TABLE \(table) ADD COLUMN \(PostgresDDLWriter.columnDefinition(nullable, of: entity));")
        if let check = PostgresDDLWriter.checkConstraint(field, of: entity) { statements.append(check.addStatement(table: entity.table)) }
        steps.append(Step(summary: "New field \(entity.name).\(field.name)", slug: slug, statements: statements))
        if needsBackfill {
            steps.append(
                Step(
                    summary: "\(entity.name).\(field.name) is required", slug: slug,
                    statements: ["ALTER TABLE \(table) ALTER COLUMN \(SQLIdentifier.quoted(field.name)) SET NOT NULL;"],
                    warning: "rows that exist have no \(field.name): fill it, then make the column NOT NULL"
                ))
        }
        if let key = PostgresDDLWriter.foreignKey(field, of: entity, in: current) {
            foreignKeys.append(Step(summary: "\(entity.name).\(field.name) references \(field.reference?.entity ?? "")", slug: slug, statements: [key.addStatement(table: entity.table)]))
        }
    }

    private mutating func compareColumn(_ before: Field, _ after: Field, old: Entity, new: Entity) {
        let table = SQLIdentifier.quoted(new.table)
        let column = SQLIdentifier.quoted(after.name)
        let alter = "ALTER TABLE \(table) ALTER COLUMN \(column)"
        let slug = "change_\(new.table)_\(after.name)"
        let name = "\(new.name).\(after.name)"
        let oldType = PostgresDDLWriter.columnType(before), newType = PostgresDDLWriter.columnType(after)
        if oldType != newType {
            let statement = "\(alter) TYPE \(newType) USING \(column)::\(newType);"
            if SchemaDiff.widens(before, after) {
                steps.append(Step(summary: "\(name) widens from \(oldType) to \(newType)", slug: slug, statements: [statement]))
            } else {
                steps.append(Step(summary: "\(name) changes from \(oldType) to \(newType)", slug: slug, statements: [statement], warning: "\(oldType) → \(newType) may fail or cut values that exist"))
            }
        }
        if before.required != after.required, !after.primaryKey {
            if after.required {
                steps.append(Step(summary: "\(name) is now required", slug: slug, statements: ["\(alter) SET NOT NULL;"], warning: "fails while rows hold NULL in \(after.name): fill them first"))
            } else {
                steps.append(Step(summary: "\(name) is now optional", slug: slug, statements: ["\(alter) DROP NOT NULL;"]))
            }
        }
        let oldDefault = PostgresDDLWriter.defaultExpression(before), newDefault = PostgresDDLWriter.defaultExpression(after)
        if oldDefault != newDefault, !after.primaryKey {
            let statement = newDefault.map { "\(alter) SET DEFAULT \($0);" } ?? "\(alter) DROP DEFAULT;"
            steps.append(Step(summary: "\(name) has a new default", slug: slug, statements: [statement]))
        }
        if before.unique != after.unique {
            let constraint = SQLIdentifier.quoted(SQLIdentifier.name([new.table, after.name, "key"]))
            let statement = after.unique ? "ALTER TABLE \(table) ADD CONSTRAINT \(constraint) UNIQUE (\(column));" : "ALTER TABLE \(table) DROP CONSTRAINT \(constraint);"
            steps.append(Step(summary: "\(name) is \(after.unique ? "now" : "no longer") unique", slug: slug, statements: [statement]))
        }
        let oldCheck = PostgresDDLWriter.checkConstraint(before, of: old), newCheck = PostgresDDLWriter.checkConstraint(after, of: new)
        if oldCheck != newCheck {
            var statements: [String] = []
            if let oldCheck { statements.append(oldCheck.dropStatement(table: new.table)) }
            if let newCheck { statements.append(newCheck.addStatement(table: new.table)) }
            steps.append(Step(summary: "\(name) has new bounds or values", slug: slug, statements: statements))
        }
        let oldKey = PostgresDDLWriter.foreignKey(before, of: old, in: previous), newKey = PostgresDDLWriter.foreignKey(after, of: new, in: current)
        if oldKey != newKey {
            if let oldKey { steps.append(Step(summary: "\(name) changes its reference", slug: slug, statements: [oldKey.dropStatement(table: new.table)])) }
            if let newKey { foreignKeys.append(Step(summary: "\(name) references \(after.reference?.entity ?? "")", slug: slug, statements: [newKey.addStatement(table: new.table)])) }
        }
    }

    /// True when every value of `before`'s column fits `after`'s: a longer varchar, varchar or enum to text,
    /// int to bigint, a decimal with at least as many digits on both sides of the point.
    static func widens(_ before: Field, _ after: Field) -> Bool {
        switch (before.type, after.type) {
        case (.string, .string): return (after.maxLength ?? 255) >= (before.maxLength ?? 255)
        case (.string, .text), (.int, .bigint), (.enumeration, .text): return true
        case (.decimal(let p1, let s1), .decimal(let p2, let s2)): return s2 >= s1 && p2 - s2 >= p1 - s1
        default: return false
        }
    }

    /// A slug made of `[a-z0-9_]`.
    static func sanitised(_ slug: String) -> String {
        String(slug.lowercased().map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : "_" })
    }
}
