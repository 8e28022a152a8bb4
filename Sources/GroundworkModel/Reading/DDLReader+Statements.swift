/// The statements of a DDL file after CREATE TABLE: enum types, ALTER TABLE, indexes and comments.
extension DDLReader.Parser {
    mutating func createType(_ cursor: inout TokenCursor) throws(ModelError) {
        cursor.next()
        cursor.next()
        let (_, name, token) = try qualifiedName(&cursor, "the type's name")
        try cursor.expect("as", "AS")
        guard cursor.accept("enum") else {
            warn(token, "the type \(name) is not an enum; it is not carried over")
            return
        }
        try cursor.expect("(", "\"(\" and the enum's values")
        var values: [String] = []
        if !cursor.accept(")") {
            repeat {
                guard let value = cursor.current, value.kind == .string else { throw cursor.error("expected an enum value as a 'string'") }
                cursor.next()
                values.append(value.text)
            } while cursor.accept(",")
            try cursor.expect(")", "\",\" or \")\" after an enum value")
        }
        schema.enums[name] = values
    }

    mutating func alterTable(_ cursor: inout TokenCursor) throws(ModelError) {
        cursor.next()
        cursor.next()
        skipQualifiers(&cursor)
        let (tableSchema, bareName, token) = try qualifiedName(&cursor, "the table's name")
        let name = ImportedSchema.tableKey(tableSchema, bareName)
        guard let index = schema.tableIndex(forKey: name) else {
            warn(token, "ALTER TABLE \(name) names a table not created above; it is not carried over")
            return
        }
        var table = schema.tables[index]
        defer { schema.tables[index] = table }
        repeat {
            guard let action = cursor.next() else { throw cursor.error("expected ADD or ALTER COLUMN") }
            if action.is("add") {
                if cursor.current?.is("constraint") == true {
                    cursor.next()
                    _ = try cursor.name("the constraint's name")
                    try tableConstraint(&cursor, table: &table)
                } else if let head = cursor.current, head.is("primary") || head.is("unique") || head.is("foreign") || head.is("check") {
                    try tableConstraint(&cursor, table: &table)
                } else {
                    _ = cursor.accept("column")
                    skipQualifiers(&cursor)
                    var element: [SourceToken] = []
                    var depth = 0
                    while let next = cursor.current, depth > 0 || !next.is(",") {
                        if next.is("(") { depth += 1 }
                        if next.is(")") { depth -= 1 }
                        element.append(next)
                        cursor.next()
                    }
                    var columnCursor = TokenCursor(element, file: file)
                    try column(&columnCursor, into: &table)
                }
            } else if action.is("alter") {
                _ = cursor.accept("column")
                let columnName = Self.identifier(try cursor.name("a column name"))
                guard let position = table.columns.firstIndex(where: { $0.name == columnName }) else {
                    throw ModelError(file: file, line: action.line, column: action.column, "ALTER COLUMN names \(columnName), which \(name) does not have")
                }
                var rest: [SourceToken] = []
                while let next = cursor.current, !next.is(",") { rest.append(next); cursor.next() }
                let words = rest.map { $0.text.lowercased() }
                if words.starts(with: ["set", "default"]) {
                    table.columns[position].defaultValue = Self.defaultValue(Array(rest.dropFirst(2)))
                    if words.contains("nextval") { table.columns[position].increment = true }
                } else if words == ["set", "not", "null"] {
                    table.columns[position].notNull = true
                } else if words.starts(with: ["add", "generated"]) {
                    table.columns[position].increment = true
                } else {
                    warn(action, "ALTER COLUMN \(columnName) \(words.prefix(3).joined(separator: " ")) … is not carried over")
                }
            } else if action.is("owner") || action.is("enable") || action.is("replica") || action.is("set") {
                while let next = cursor.current, !next.is(",") { cursor.next() }
            } else {
                warn(action, "ALTER TABLE \(name) \(action.text) … is not carried over")
                while let next = cursor.current, !next.is(",") { cursor.next() }
            }
        } while cursor.accept(",")
    }

    mutating func createIndex(_ cursor: inout TokenCursor) throws(ModelError) {
        cursor.next()
        let unique = cursor.accept("unique")
        try cursor.expect("index", "INDEX")
        _ = cursor.accept("concurrently")
        skipQualifiers(&cursor)
        var indexName: String?
        if !(cursor.current?.is("on") ?? false) { indexName = try qualifiedName(&cursor, "the index's name").name }
        let onToken = try cursor.expect("on", "ON and the table")
        skipQualifiers(&cursor)
        let (tableSchema, tableName, _) = try qualifiedName(&cursor, "the table's name")
        let table = ImportedSchema.tableKey(tableSchema, tableName)
        var unsupported: String?
        if cursor.accept("using") {
            let method = try cursor.name("an index method")
            if !method.is("btree") { unsupported = "it uses the \(method.text) method" }
        }
        try cursor.expect("(", "\"(\" and the indexed columns")
        var columns: [String] = []
        var depth = 0
        var part: [SourceToken] = []
        func finishPart() {
            let meaningful = part.filter { !($0.is("asc") || $0.is("desc") || $0.is("nulls") || $0.is("first") || $0.is("last")) }
            if meaningful.count == 1, meaningful[0].isName {
                columns.append(Self.identifier(meaningful[0]))
            } else {
                unsupported = unsupported ?? "it indexes the expression \(Self.sqlText(part))"
            }
            part = []
        }
        while true {
            guard let token = cursor.next() else { throw cursor.error("expected \")\" after the indexed columns") }
            if token.is("(") { depth += 1 }
            if token.is(")") {
                if depth == 0 { finishPart(); break }
                depth -= 1
            }
            if depth == 0, token.is(",") { finishPart() } else { part.append(token) }
        }
        if cursor.current?.is("where") == true { unsupported = unsupported ?? "it is partial (WHERE \(Self.sqlText(Array(cursor.tokens[(cursor.position + 1)...]))))" }
        guard let position = schema.tableIndex(forKey: table) else {
            warn(onToken, "the index \(indexName ?? "") is on \(table), a table not created above; it is not carried over")
            return
        }
        schema.tables[position].indexes.append(ImportedSchema.Index(columns: columns, unique: unique, name: indexName, line: onToken.line, unsupported: unsupported))
    }

    mutating func comment(_ cursor: inout TokenCursor) throws(ModelError) {
        cursor.next()
        cursor.next()
        let kind = try cursor.name("TABLE or COLUMN")
        var names: [String] = []
        repeat { names.append(Self.identifier(try cursor.name("a name"))) } while cursor.accept(".")
        try cursor.expect("is", "IS and the comment")
        guard let value = cursor.next() else { throw cursor.error("expected the comment as a 'string'") }
        let text: String? = value.kind == .string ? value.text : nil
        if kind.is("column"), names.count >= 2 {
            let tableName = ImportedSchema.tableKey(names.count >= 3 ? names[names.count - 3] : nil, names[names.count - 2])
            let columnName = names[names.count - 1]
            if let table = schema.tableIndex(forKey: tableName),
                let column = schema.tables[table].columns.firstIndex(where: { $0.name == columnName })
            {
                schema.tables[table].columns[column].note = text
                return
            }
        } else if kind.is("table"), let last = names.last,
            let table = schema.tableIndex(forKey: ImportedSchema.tableKey(names.count >= 2 ? names[names.count - 2] : nil, last))
        {
            schema.tables[table].note = text
            return
        }
        if !kind.is("extension"), !kind.is("schema") { warn(kind, "the comment on \(kind.text.uppercased()) \(names.joined(separator: ".")) is not carried over") }
    }
}
