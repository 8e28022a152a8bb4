/// Schemas (`auth.users`, `public.users`, `ecommerce.users`) in DBML and DDL. The readers name a table by its
/// key while they read — `schema.name`, or `name` in the default schema (none, or `public`) — so that tables of
/// one name in two schemas stay apart and refs, ALTERs, indexes and comments find the right one. The model has
/// one schema: `settleSchemaNames` then gives each table its name in the model — its own name, unless another
/// schema has a table of that name; then the table outside the default schema becomes `<schema>_<name>`, said
/// in a warning — and points every foreign key at those names.
extension ImportedSchema {
    /// A table's key while reading.
    static func tableKey(_ schema: String?, _ name: String) -> String {
        guard let schema, schema != "public" else { return name }
        return schema + "." + name
    }

    /// The position of the table a key names: the key itself, else the one table of that bare name (a live
    /// database is read one schema at a time, and its index definitions name the schema).
    func tableIndex(forKey key: String) -> Int? {
        if let exact = tables.firstIndex(where: { $0.name == key }) { return exact }
        let bareName = key.split(separator: ".", maxSplits: 1).last.map(String.init) ?? key
        let named = tables.indices.filter { (tables[$0].name.split(separator: ".", maxSplits: 1).last.map(String.init) ?? "") == bareName }
        return named.count == 1 ? named.first : nil
    }

    /// The table a key names (or a bare name, when one table has it), among the tables read so far.
    func table(forKey key: String) -> Table? {
        tables.first { $0.name == key }
            ?? {
                let named = tables.filter { $0.name.split(separator: ".").last.map(String.init) == key }
                return named.count == 1 ? named.first : nil
            }()
    }

    /// Gives tables their names in the model and resolves the foreign keys' tables (`aliases`: DBML's `as`).
    mutating func settleSchemaNames(file: String, aliases: [String: String] = [:]) {
        func bare(_ key: String) -> String { key.split(separator: ".", maxSplits: 1).last.map(String.init) ?? key }
        let counts = Dictionary(grouping: tables.map { bare($0.name) }, by: { $0 }).mapValues(\.count)
        var finalNames: [String: String] = [:]
        for index in tables.indices {
            let key = tables[index].name
            let name = bare(key)
            if key != name, counts[name, default: 0] > 1, let schemaName = tables[index].schema {
                let renamed = schemaName + "_" + name
                warnings.append(
                    ModelDiagnostic(
                        file: file, line: tables[index].line,
                        "\(schemaName).\(name) becomes the table \(renamed): the model has one schema, and another schema has a table \(name)"))
                tables[index].name = renamed
                tables[index].schema = nil
            } else {
                tables[index].name = name
            }
            finalNames[key] = tables[index].name
        }
        func resolve(_ reference: String) -> String {
            let key = aliases[reference] ?? reference
            if let found = finalNames[key] { return found }
            // A bare name naming the table of one other schema only.
            let others = finalNames.filter { $0.key.hasSuffix("." + key) }
            if others.count == 1, let only = others.first { return only.value }
            return bare(key)
        }
        for index in foreignKeys.indices {
            foreignKeys[index].table = resolve(foreignKeys[index].table)
            foreignKeys[index].referencedTable = resolve(foreignKeys[index].referencedTable)
        }
    }
}
