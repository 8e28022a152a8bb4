/// DBML's refs (inline and `Ref:` blocks), enums, and the indexes and checks blocks of a table.
extension DBMLReader.Parser {
    /// `ref: > table.column` on a column.
    mutating func inlineRef(_ setting: Setting, table: String, column: String) throws(ModelError) {
        var tokens = TokenCursor(setting.value, file: file)
        guard let op = tokens.next(), [">", "<", "-", "<>"].contains(op.text) else {
            throw ModelError(file: file, line: setting.token.line, column: setting.token.column, "expected ref: followed by >, <, - or <> and table.column")
        }
        let endpoint = try self.endpoint(&tokens)
        let here = (table: table, columns: [column])
        addRef(here, op.text, endpoint, line: setting.token.line, settings: [])
    }

    /// `schema.table.column`, `table.column` or `table.(a, b)`.
    /// The table is given as `schema.table` when the endpoint names its schema (`finish` resolves it).
    func endpoint(_ tokens: inout TokenCursor) throws(ModelError) -> (table: String, columns: [String]) {
        var names = [try tokens.name("a table name").text]
        while tokens.accept(".") {
            if tokens.accept("(") {
                var columns: [String] = []
                repeat { columns.append(try tokens.name("a column name").text) } while tokens.accept(",")
                try tokens.expect(")")
                return (ImportedSchema.tableKey(names.count >= 2 ? names[names.count - 2] : nil, names.last!), columns)
            }
            names.append(try tokens.name("a column name").text)
        }
        guard names.count >= 2 else { throw tokens.error("expected table.column") }
        return (ImportedSchema.tableKey(names.count >= 3 ? names[names.count - 3] : nil, names[names.count - 2]), [names.last!])
    }

    mutating func ref() throws(ModelError) {
        let token = cursor.next()!
        if let name = cursor.current, name.isName, !name.is(":") { cursor.next() }
        if cursor.accept(":") {
            try refBody(line: token.line)
            return
        }
        try cursor.expect("{", "\":\" or \"{\" after Ref")
        while !cursor.accept("}") { try refBody(line: cursor.current?.line ?? token.line) }
    }

    /// `a.b > c.d [settings]`.
    mutating func refBody(line: Int) throws(ModelError) {
        let left = try endpoint(&cursor)
        guard let op = cursor.current, [">", "<", "-", "<>"].contains(op.text) else { throw cursor.error("expected >, <, - or <> between the two ends of a ref") }
        cursor.next()
        let right = try endpoint(&cursor)
        var settings: [Setting] = []
        if cursor.current?.is("[") == true, cursor.current?.startsLine == false { settings = try self.settings() }
        addRef(left, op.text, right, line: line, settings: settings)
    }

    mutating func addRef(_ left: (table: String, columns: [String]), _ op: String, _ right: (table: String, columns: [String]), line: Int, settings: [Setting]) {
        var onDelete: String?
        for setting in settings {
            let value = setting.value.map { $0.text.lowercased() }.joined(separator: " ")
            switch setting.key {
            case "delete": onDelete = value
            case "update" where value == "no action" || value == "cascade":
                if value == "cascade" { warn(setting.token, "on update cascade of the ref \(left.table) → \(right.table) is not carried over (primary keys never change)") }
            case "update": warn(setting.token, "on update \(value) of the ref \(left.table) → \(right.table) is not carried over")
            default: warn(setting.token, "the ref setting \(setting.key) (\(left.table) → \(right.table)) is not carried over")
            }
        }
        var from = left, to = right
        if op == "<" { swap(&from, &to) }
        if op == "-", isPrimaryKey(left), !isPrimaryKey(right) { swap(&from, &to) }
        var key = ImportedSchema.ForeignKey(table: from.table, columns: from.columns, referencedTable: to.table, referencedColumns: to.columns, onDelete: onDelete, line: line)
        key.manyToMany = op == "<>"
        key.oneToOne = op == "-"
        schema.foreignKeys.append(key)
    }

    /// Whether `end` is its table's primary key, as far as the tables read so far say.
    func isPrimaryKey(_ end: (table: String, columns: [String])) -> Bool {
        schema.table(forKey: aliases[end.table] ?? end.table)?.primaryKey == end.columns
    }

    mutating func enumeration() throws(ModelError) {
        cursor.next()
        let (_, name, _) = try qualifiedName("the enum's name")
        try cursor.expect("{", "\"{\" to open the enum \(name)")
        var values: [String] = []
        while !cursor.accept("}") {
            guard let value = cursor.current, value.isName || value.kind == .string || value.kind == .number else {
                throw cursor.error("expected an enum value or \"}\"")
            }
            cursor.next()
            values.append(value.text)
            if cursor.current?.is("[") == true, cursor.current?.startsLine == false {
                for setting in try settings() { warn(setting.token, "the \(setting.key) of the enum value \(name).\(value.text) is not carried over") }
            }
        }
        schema.enums[name] = values
    }

    mutating func indexes(into table: inout ImportedSchema.Table) throws(ModelError) {
        try cursor.expect("{")
        while !cursor.accept("}") {
            guard let start = cursor.current else { throw cursor.error("expected an index or \"}\"") }
            var columns: [String] = []
            var unsupported: String?
            if cursor.accept("(") {
                repeat {
                    guard let part = cursor.next() else { throw cursor.error("expected a column name") }
                    if part.kind == .expression {
                        unsupported = "it indexes the expression \(part.text)"
                    } else if part.isName {
                        columns.append(part.text)
                    } else {
                        throw ModelError(file: file, line: part.line, column: part.column, "expected a column name or an `expression`, found \(part)")
                    }
                } while cursor.accept(",")
                try cursor.expect(")", "\")\" to close the index's columns")
            } else if start.kind == .expression {
                cursor.next()
                unsupported = "it indexes the expression \(start.text)"
            } else {
                columns.append(try cursor.name("a column, (columns) or \"}\"").text)
            }
            var index = ImportedSchema.Index(columns: columns, unique: false, name: nil, line: start.line, unsupported: unsupported)
            var primary = false
            if cursor.current?.is("[") == true, cursor.current?.startsLine == false {
                for setting in try settings() {
                    switch setting.key {
                    case "unique": index.unique = true
                    case "pk": primary = true
                    case "name": index.name = setting.value.first?.text
                    case "type" where setting.value.first?.text.lowercased() == "btree": break
                    default: warn(setting.token, "the index setting \(setting.key) on \(table.name) is not carried over")
                    }
                }
            }
            if primary { table.primaryKey = columns } else { table.indexes.append(index) }
        }
    }

    mutating func checks(into table: inout ImportedSchema.Table) throws(ModelError) {
        try cursor.expect("{")
        while !cursor.accept("}") {
            guard let expression = cursor.current, expression.kind == .expression else { throw cursor.error("expected a check as an `expression` or \"}\"") }
            cursor.next()
            table.checks.append((expression.text, expression.line))
            if cursor.current?.is("[") == true, cursor.current?.startsLine == false { _ = try settings() }
        }
    }
}
