/// Reads DBML, the text format of dbdiagram.io (https://dbml.dbdiagram.io/docs): `Project`, `Table` with
/// columns, settings, `indexes` and notes, `Ref` in every form (`>`, `<`, `-`, `<>`; inline, short and
/// block), `Enum`, `TableGroup`, `Note`, comments, quoted and schema-qualified names.
///
/// Syntax errors name file:line:column and the token expected. Constructs the model cannot hold are
/// warnings (`SchemaImporter` adds the ones about meaning), never dropped silently.
package enum DBMLReader {
    /// The model (not yet normalized or validated), where each part came from, and the warnings.
    package static func read(_ text: String, file: String, name: String) throws(ModelError) -> (model: DataModel, sources: ModelSourceMap, warnings: [ModelDiagnostic]) {
        let schema = try schema(text, file: file)
        return SchemaImporter.model(from: schema, file: file, name: name)
    }

    /// The schema the DBML describes.
    package static func schema(_ text: String, file: String) throws(ModelError) -> ImportedSchema {
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
    }
}
