/// Reads DBML, the text format of dbdiagram.io (https://dbml.dbdiagram.io/docs): `Project`, `Table` with
/// columns, settings, `indexes` and notes, `Ref` in every form (`>`, `<`, `-`, `<>`; inline, short and
/// block), `Enum`, `TableGroup`, `Note`, comments, quoted and schema-qualified names.
///
/// Syntax errors name file:line:column and the token expected. Constructs the model cannot hold are
/// warnings (`SchemaImporter` adds the ones about meaning), never dropped silently.
public enum DBMLReader {
    /// The model (not yet normalized or validated), where each part came from, and the warnings.
    public static func read(_ text: String, file: String, name: String) throws(ModelError) -> (model: DataModel, sources: ModelSourceMap, warnings: [ModelDiagnostic]) {
        let schema = try schema(text, file: file)
        return SchemaImporter.model(from: schema, file: file, name: name)
    }

    /// The schema the DBML describes.
    public static func schema(_ text: String, file: String) throws(ModelError) -> ImportedSchema {
        var parser = Parser(cursor: TokenCursor(try SourceTokenizer.dbml(file: file).tokens(text), file: file), file: file)
        try parser.document()
        return parser.finish()
    }

    /// A recursive-descent parser over the tokens.
    struct Parser {
        var cursor: TokenCursor
        let file: String
        var schema = ImportedSchema()
        var aliases: [String: String] = [:]

        init(cursor: TokenCursor, file: String) {
            self.cursor = cursor
            self.file = file
        }

        mutating func warn(_ token: SourceToken?, _ message: String) {
            schema.warnings.append(ModelDiagnostic(file: file, line: token?.line, message))
        }

        /// Gives tables their names in the model (one schema), resolves aliases in foreign keys, and returns the schema.
        mutating func finish() -> ImportedSchema {
            schema.settleSchemaNames(file: file, aliases: aliases)
            return schema
        }

        mutating func document() throws(ModelError) {
            while let token = cursor.current {
                if token.is("project") {
                    try project()
                } else if token.is("table") {
                    try table()
                } else if token.is("ref") {
                    try ref()
                } else if token.is("enum") {
                    try enumeration()
                } else if token.is("tablegroup") {
                    cursor.next()
                    let name = try cursor.name("the table group's name")
                    warn(token, "the TableGroup \(name.text) is not carried over; the model has no groups")
                    if cursor.current?.is("[") == true { _ = try settings() }
                    try skipBlock()
                } else if token.is("note") {
                    cursor.next()
                    warn(token, "the sticky note is not carried over")
                    if cursor.current?.isName == true { cursor.next() }
                    if cursor.accept(":") { cursor.next() } else { try skipBlock() }
                } else if token.is("tablepartial") || token.is("records") {
                    cursor.next()
                    warn(token, "\(token.text) is not carried over; write its columns into the tables")
                    while let next = cursor.current, !next.is("{") { cursor.next() }
                    try skipBlock()
                } else {
                    throw cursor.error("expected Project, Table, Ref, Enum, TableGroup or Note")
                }
            }
        }

        /// Skips `{ … }` with nested braces.
        mutating func skipBlock() throws(ModelError) {
            try cursor.expect("{")
            var depth = 1
            while depth > 0 {
                guard let token = cursor.next() else { throw cursor.error("expected \"}\"") }
                if token.is("{") { depth += 1 }
                if token.is("}") { depth -= 1 }
            }
        }

        mutating func project() throws(ModelError) {
            cursor.next()
            if let name = cursor.current, name.isName, !name.is("{") {
                schema.name = name.text
                cursor.next()
            }
            try cursor.expect("{", "\"{\" after the project's name")
            while !cursor.accept("}") {
                guard let key = cursor.current, key.isName else { throw cursor.error("expected a project setting such as database_type or Note, or \"}\"") }
                cursor.next()
                if key.is("note") {
                    warn(key, "the project's note is not carried over")
                    if cursor.accept(":") { cursor.next() } else { try skipBlock() }
                    continue
                }
                try cursor.expect(":", "\":\" after \(key.text)")
                let value = cursor.next()
                if key.is("database_type"), let value, value.text.lowercased() != "postgresql" {
                    warn(value, "the project is for \(value.text); groundwork models target PostgreSQL")
                }
            }
        }

        /// `name` or `schema.name`, as (schema, name, first token).
        mutating func qualifiedName(_ what: String) throws(ModelError) -> (schema: String?, name: String, token: SourceToken) {
            let first = try cursor.name(what)
            if cursor.current?.is(".") == true, cursor.peek(1)?.isName == true {
                cursor.next()
                let second = try cursor.name(what)
                return (first.text, second.text, first)
            }
            return (nil, first.text, first)
        }

        mutating func table() throws(ModelError) {
            cursor.next()
            let (schemaName, name, token) = try qualifiedName("the table's name")
            var table = ImportedSchema.Table(name: ImportedSchema.tableKey(schemaName, name), schema: schemaName, line: token.line)
            if cursor.accept("as") {
                let alias = try cursor.name("the table's alias")
                aliases[alias.text] = ImportedSchema.tableKey(schemaName, name)
            }
            if cursor.current?.is("[") == true {
                for setting in try settings() {
                    switch setting.key {
                    case "note": table.note = setting.value.first?.text
                    case "headercolor": break // appearance only
                    default: warn(setting.token, "the table setting \(setting.key) of \(name) is not carried over")
                    }
                }
            }
            try cursor.expect("{", "\"{\" to open the table \(name)")
            while !cursor.accept("}") {
                guard let current = cursor.current else { throw cursor.error("expected a column or \"}\" to close the table \(name)") }
                let next = cursor.peek(1)
                if current.is("indexes"), next?.is("{") == true {
                    cursor.next()
                    try indexes(into: &table)
                } else if current.is("checks"), next?.is("{") == true {
                    cursor.next()
                    try checks(into: &table)
                } else if current.is("note"), next?.is(":") == true || next?.is("{") == true {
                    cursor.next()
                    table.note = try noteValue()
                } else if current.is("~") {
                    cursor.next()
                    let partial = try cursor.name("the partial's name")
                    warn(current, "the partial \(partial.text) injected into \(name) is not carried over; write its columns into the table")
                } else {
                    try column(into: &table)
                }
            }
            schema.tables.append(table)
        }

        /// The string of `Note: '…'` or `Note { '…' }`, the `Note` already read. dbdiagram also takes the note
        /// in double quotes (`Note: "…"`), which the tokenizer reads as a quoted identifier.
        mutating func noteValue() throws(ModelError) -> String {
            if cursor.accept(":") {
                guard let value = cursor.current, value.kind == .string || value.kind == .quotedIdentifier else { throw cursor.error("expected the note as a string") }
                cursor.next()
                return value.text
            }
            try cursor.expect("{")
            guard let value = cursor.current, value.kind == .string || value.kind == .quotedIdentifier else { throw cursor.error("expected the note as a string") }
            cursor.next()
            try cursor.expect("}")
            return value.text
        }

        mutating func column(into table: inout ImportedSchema.Table) throws(ModelError) {
            let nameToken = try cursor.name("a column's name, indexes { … } or \"}\"")
            guard let first = cursor.current, !first.startsLine, !first.is("["), !first.is("}") else {
                throw cursor.error("expected the type of the column \(nameToken.text)")
            }
            var typeText = ""
            var previousWasWord = false
            var depth = 0
            while let token = cursor.current, depth > 0 || (!token.is("[") && !token.is("}") && !(token.startsLine && !typeText.isEmpty)) {
                if token.is("(") { depth += 1 }
                if token.is(")") { depth -= 1 }
                let isWord = token.isName || token.kind == .number
                if isWord, previousWasWord { typeText += " " }
                typeText += token.text
                previousWasWord = isWord
                cursor.next()
            }
            var column = ImportedSchema.Column(name: nameToken.text, type: typeText.lowercased(), line: nameToken.line)
            if let last = typeText.split(separator: ".").last, schema.enums[String(last)] != nil || typeText.contains(".") {
                column.type = String(typeText.split(separator: ".").last!) // an enum keeps its own case
            } else if typeText.first == "\"" || typeText.contains(where: \.isUppercase) {
                column.type = typeText.lowercased()
            }
            if cursor.current?.is("[") == true, cursor.current?.startsLine == false {
                for setting in try settings() {
                    switch setting.key {
                    case "pk", "primary key": column.primaryKey = true
                    case "increment": column.increment = true
                    case "not null": column.notNull = true
                    case "null": column.notNull = false
                    case "unique": column.unique = true
                    case "note": column.note = setting.value.first?.text
                    case "default": column.defaultValue = try defaultValue(setting)
                    case "ref": try inlineRef(setting, table: table.name, column: column.name)
                    case "check":
                        if let expression = setting.value.first, expression.kind == .expression {
                            table.checks.append((expression.text, setting.token.line))
                        }
                    default: warn(setting.token, "the column setting \(setting.key) of \(table.name).\(column.name) is not carried over")
                    }
                }
            }
            if column.primaryKey, !table.primaryKey.contains(column.name) { table.primaryKey.append(column.name) }
            table.columns.append(column)
        }

        /// A column's `default:` value.
        func defaultValue(_ setting: Setting) throws(ModelError) -> ImportedSchema.Default {
            guard setting.value.count == 1, let value = setting.value.first else {
                throw ModelError(file: file, line: setting.token.line, column: setting.token.column, "expected one default value: a number, a 'string', true, false, null or an `expression`")
            }
            switch value.kind {
            case .string: return .string(value.text)
            case .number: return .number(value.text)
            case .expression: return .expression(value.text)
            case .word where value.is("true"): return .bool(true)
            case .word where value.is("false"): return .bool(false)
            case .word where value.is("null"): return .null
            default:
                throw ModelError(file: file, line: value.line, column: value.column, "expected a default value: a number, a 'string', true, false, null or an `expression`, found \(value)")
            }
        }

        /// One setting of a `[…]` list: its key (lower-cased words before `:`) and value tokens.
        struct Setting {
            var key: String
            var value: [SourceToken]
            var token: SourceToken
        }

        /// `[a, b: c, d e]`.
        mutating func settings() throws(ModelError) -> [Setting] {
            try cursor.expect("[")
            var result: [Setting] = []
            while true {
                guard let start = cursor.current else { throw cursor.error("expected a setting or \"]\"") }
                if start.is("]") && result.isEmpty { cursor.next(); break }
                var keyWords: [String] = []
                var value: [SourceToken] = []
                var sawColon = false
                while let token = cursor.current, !token.is(",") && !token.is("]") {
                    cursor.next()
                    if !sawColon, token.is(":") {
                        sawColon = true
                    } else if sawColon {
                        value.append(token)
                    } else if token.kind == .word {
                        keyWords.append(token.text.lowercased())
                    } else {
                        throw ModelError(file: file, line: token.line, column: token.column, "expected a setting name such as pk, not null, unique, default: or note:, found \(token)")
                    }
                }
                guard !keyWords.isEmpty else { throw cursor.error("expected a setting name") }
                if sawColon, value.isEmpty { throw cursor.error("expected a value after \(keyWords.joined(separator: " ")):") }
                result.append(Setting(key: keyWords.joined(separator: " "), value: value, token: start))
                if cursor.accept("]") { break }
                try cursor.expect(",", "\",\" or \"]\"")
            }
            return result
        }

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
}
