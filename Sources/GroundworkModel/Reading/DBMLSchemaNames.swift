/// DBML's schemas (`core.users`, `ecommerce.users`): the model has one schema, so a table keeps its name
/// unless another schema has a table of the same name; then the table outside the default schema
/// becomes `<schema>_<name>`, said in a warning, and every ref to it follows.
extension DBMLReader.Parser {
    /// How a table is named while parsing: `schema.table`, or `table` in the default schema.
    static func tableKey(_ schema: String?, _ name: String) -> String {
        guard let schema, schema != "public" else { return name }
        return schema + "." + name
    }

    /// The table a key (`schema.table`, `table` or an alias) names, among the tables read so far.
    func table(forKey key: String) -> ImportedSchema.Table? {
        let key = aliases[key] ?? key
        return schema.tables.first { Self.tableKey($0.schema, $0.name) == key } ?? schema.tables.first { $0.name == key }
    }

    /// Gives tables their names in the model, resolves aliases and schemas in foreign keys, and returns the schema.
    mutating func finish() -> ImportedSchema {
        var finalNames: [String: String] = [:]
        let bySchema = Dictionary(grouping: schema.tables.indices) { schema.tables[$0].name }
        for (name, indices) in bySchema {
            let schemas = Set(indices.map { Self.tableKey(schema.tables[$0].schema, "") })
            for index in indices {
                let key = Self.tableKey(schema.tables[index].schema, name)
                if schemas.count > 1, let schemaName = schema.tables[index].schema, schemaName != "public" {
                    let renamed = schemaName + "_" + name
                    schema.warnings.append(
                        ModelDiagnostic(
                            file: file, line: schema.tables[index].line,
                            "\(schemaName).\(name) becomes the table \(renamed): the model has one schema, and another schema has a table \(name)"))
                    schema.tables[index].name = renamed
                    schema.tables[index].schema = nil
                }
                finalNames[key] = schema.tables[index].name
            }
        }
        func resolve(_ key: String) -> String {
            let key = aliases[key] ?? key
            if let found = finalNames[key] { return found }
            // A bare name naming a table of one other schema only.
            let others = finalNames.filter { $0.key.hasSuffix("." + key) }
            if others.count == 1, let only = others.first { return only.value }
            return key.split(separator: ".").last.map(String.init) ?? key
        }
        for index in schema.foreignKeys.indices {
            schema.foreignKeys[index].table = resolve(schema.foreignKeys[index].table)
            schema.foreignKeys[index].referencedTable = resolve(schema.foreignKeys[index].referencedTable)
        }
        return schema
    }
}
