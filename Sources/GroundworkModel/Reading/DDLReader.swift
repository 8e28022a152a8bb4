/// Reads PostgreSQL DDL: `CREATE TABLE` with column and table constraints, `CREATE TYPE … AS ENUM`,
/// `ALTER TABLE … ADD CONSTRAINT`, `ALTER COLUMN … SET DEFAULT/NOT NULL`, identity columns,
/// `CREATE [UNIQUE] INDEX`, `COMMENT ON`, comments, quoted identifiers and schema prefixes: what a
/// hand-written schema and `pg_dump --schema-only` contain.
///
/// Session noise of pg_dump (`SET`, `SELECT pg_catalog.set_config`, `OWNER TO`, sequences, extensions,
/// schemas) is skipped; any other statement the model cannot hold (views, functions, triggers, grants…)
/// is a warning with its line. Syntax errors name file:line:column and the token expected.
package enum DDLReader {
    /// The model (not yet normalized or validated), where each part came from, and the warnings.
    package static func read(_ text: String, file: String, name: String) throws(ModelError) -> (model: DataModel, sources: ModelSourceMap, warnings: [ModelDiagnostic]) {
        let schema = try schema(text, file: file)
        return SchemaImporter.model(from: schema, file: file, name: name)
    }

    /// The schema the DDL describes.
    package static func schema(_ text: String, file: String) throws(ModelError) -> ImportedSchema {
        let tokens = try SourceTokenizer.sql(file: file).tokens(text)
        var parser = Parser(file: file)
        var statement: [SourceToken] = []
        for token in tokens {
            if token.is(";") {
                if !statement.isEmpty { try parser.statement(statement) }
                statement = []
            } else {
                statement.append(token)
            }
        }
        if !statement.isEmpty { try parser.statement(statement) }
        parser.schema.settleSchemaNames(file: file)
        return parser.schema
    }

    /// Words that end a column's type and start one of its constraints.
    static let columnConstraintWords: Set<String> = ["constraint", "not", "null", "default", "primary", "unique", "references", "check", "generated", "collate"]

    struct Parser {
        let file: String
        var schema = ImportedSchema()

        init(file: String) {
            self.file = file
        }

        mutating func warn(_ token: SourceToken, _ message: String) {
            schema.warnings.append(ModelDiagnostic(file: file, line: token.line, message))
        }

        /// One statement, without its `;`.
        mutating func statement(_ tokens: [SourceToken]) throws(ModelError) {
            var cursor = TokenCursor(tokens, file: file)
            let first = tokens[0]
            let words = tokens.prefix(6).map { $0.kind == .word ? $0.text.lowercased() : $0.text }
            func starts(_ prefix: [String]) -> Bool { Array(words.prefix(prefix.count)) == prefix }
            let ownership = zip(tokens, tokens.dropFirst()).contains { $0.is("owner") && $1.is("to") }
            if ownership || ["set", "select", "begin", "commit", "start", "reset"].contains(words[0])
                || starts(["create", "extension"]) || starts(["create", "schema"]) || starts(["create", "sequence"])
                || starts(["alter", "sequence"]) || starts(["drop"])
            {
                return // session settings, ownership, sequences behind serial/identity columns: nothing a model holds
            }
            if starts(["create", "table"]) || starts(["create", "unlogged", "table"]) {
                try createTable(&cursor)
            } else if starts(["create", "type"]) {
                try createType(&cursor)
            } else if starts(["alter", "table"]) {
                try alterTable(&cursor)
            } else if starts(["create", "index"]) || starts(["create", "unique", "index"]) {
                try createIndex(&cursor)
            } else if starts(["comment", "on"]) {
                try comment(&cursor)
            } else {
                let shown = tokens.prefix(3).map(\.text).joined(separator: " ")
                warn(first, "the statement \(shown) … is not carried over; the model holds tables, enums, constraints, indexes and comments")
            }
        }

        /// `name`, `schema.name` or `"Name"`: (schema, name). Bare names fold to lower case, as PostgreSQL does.
        func qualifiedName(_ cursor: inout TokenCursor, _ what: String) throws(ModelError) -> (schema: String?, name: String, token: SourceToken) {
            let first = try cursor.name(what)
            if cursor.accept(".") {
                let second = try cursor.name(what)
                return (Self.identifier(first), Self.identifier(second), first)
            }
            return (nil, Self.identifier(first), first)
        }

        static func identifier(_ token: SourceToken) -> String {
            token.kind == .quotedIdentifier ? token.text : token.text.lowercased()
        }

        /// Skips `IF NOT EXISTS`, `IF EXISTS`, `ONLY`.
        func skipQualifiers(_ cursor: inout TokenCursor) {
            while true {
                if cursor.current?.is("if") == true {
                    cursor.next()
                    _ = cursor.accept("not")
                    _ = cursor.accept("exists")
                } else if !cursor.accept("only") {
                    return
                }
            }
        }

        mutating func createTable(_ cursor: inout TokenCursor) throws(ModelError) {
            while let token = cursor.current, !token.is("table") { cursor.next() }
            cursor.next()
            skipQualifiers(&cursor)
            let (schemaName, bareName, token) = try qualifiedName(&cursor, "the table's name")
            let name = ImportedSchema.tableKey(schemaName, bareName)
            var table = ImportedSchema.Table(name: name, schema: schemaName, line: token.line)
            if cursor.current?.is("partition") == true || cursor.current?.is("of") == true {
                warn(token, "the table \(name) is a partition or typed table; it is not carried over")
                return
            }
            try cursor.expect("(", "\"(\" and the columns of \(name)")
            for element in try elements(&cursor, closing: name) {
                try tableElement(element, into: &table)
            }
            if let rest = cursor.current, !rest.is("with"), !rest.is("tablespace") {
                warn(rest, "the clause \(rest.text) … after the columns of \(name) is not carried over")
            }
            if schema.tables.contains(where: { $0.name == name }) {
                throw ModelError(file: file, line: token.line, column: token.column, "the table \(name) is created twice")
            }
            schema.tables.append(table)
        }

        /// The comma-separated elements of a parenthesised list, the `(` already read.
        func elements(_ cursor: inout TokenCursor, closing name: String) throws(ModelError) -> [[SourceToken]] {
            var result: [[SourceToken]] = [[]]
            var depth = 0
            while true {
                guard let token = cursor.next() else { throw cursor.error("expected \")\" to close the columns of \(name)") }
                if token.is("(") { depth += 1 }
                if token.is(")") {
                    if depth == 0 { break }
                    depth -= 1
                }
                if depth == 0, token.is(",") { result.append([]) } else { result[result.count - 1].append(token) }
            }
            return result.filter { !$0.isEmpty }
        }

        mutating func tableElement(_ tokens: [SourceToken], into table: inout ImportedSchema.Table) throws(ModelError) {
            var cursor = TokenCursor(tokens, file: file)
            let first = tokens[0]
            if first.is("constraint") {
                cursor.next()
                _ = try cursor.name("the constraint's name")
            }
            guard let head = cursor.current else { throw cursor.error("expected a constraint") }
            if head.is("primary") || head.is("unique") || head.is("foreign") || head.is("check") || head.is("exclude") {
                try tableConstraint(&cursor, table: &table)
            } else if first.is("like") {
                warn(first, "LIKE in \(table.name) is not carried over; write the columns out")
            } else {
                try column(&cursor, into: &table)
            }
        }

        /// A table constraint at the cursor, its `CONSTRAINT name` already read.
        mutating func tableConstraint(_ cursor: inout TokenCursor, table: inout ImportedSchema.Table) throws(ModelError) {
            // `ADD CONSTRAINT name` may end the statement: a constraint with a name and nothing else.
            guard let head = cursor.next() else { throw cursor.error("expected PRIMARY KEY, UNIQUE, FOREIGN KEY or CHECK after the constraint's name") }
            if head.is("primary") {
                try cursor.expect("key", "KEY after PRIMARY")
                table.primaryKey = try columnList(&cursor)
            } else if head.is("unique") {
                table.uniques.append(try columnList(&cursor))
            } else if head.is("foreign") {
                try cursor.expect("key", "KEY after FOREIGN")
                let columns = try columnList(&cursor)
                try references(&cursor, table: table.name, columns: columns, line: head.line)
            } else if head.is("check") {
                table.checks.append((try parenthesised(&cursor), head.line))
            } else {
                warn(head, "the \(head.text.uppercased()) constraint on \(table.name) is not carried over")
            }
        }

        /// `(a, b)` as names.
        func columnList(_ cursor: inout TokenCursor) throws(ModelError) -> [String] {
            try cursor.expect("(", "\"(\" and a list of columns")
            var names: [String] = []
            repeat { names.append(Self.identifier(try cursor.name("a column name"))) } while cursor.accept(",")
            try cursor.expect(")", "\",\" or \")\" in the list of columns")
            return names
        }

        /// The SQL text inside `( … )` at the cursor.
        func parenthesised(_ cursor: inout TokenCursor) throws(ModelError) -> String {
            try cursor.expect("(", "\"(\"")
            var inner: [SourceToken] = []
            var depth = 0
            while true {
                guard let token = cursor.next() else { throw cursor.error("expected \")\"") }
                if token.is("(") { depth += 1 }
                if token.is(")") {
                    if depth == 0 { break }
                    depth -= 1
                }
                inner.append(token)
            }
            return Self.sqlText(inner)
        }

        /// `REFERENCES table [(columns)] [ON DELETE action] [ON UPDATE action] [MATCH …] [DEFERRABLE …]`.
        mutating func references(_ cursor: inout TokenCursor, table: String, columns: [String], line: Int) throws(ModelError) {
            try cursor.expect("references", "REFERENCES")
            let (targetSchema, targetName, _) = try qualifiedName(&cursor, "the referenced table")
            let target = ImportedSchema.tableKey(targetSchema, targetName)
            var targetColumns: [String] = []
            if cursor.current?.is("(") == true { targetColumns = try columnList(&cursor) }
            var onDelete: String?
            while let token = cursor.current, token.is("on") || token.is("match") || token.is("deferrable") || token.is("not") || token.is("initially") {
                cursor.next()
                if token.is("on") {
                    let event = try cursor.name("DELETE or UPDATE")
                    var action = [try cursor.name("an action").text.lowercased()]
                    if action == ["set"] || action == ["no"] { action.append(try cursor.name("an action").text.lowercased()) }
                    let text = action.joined(separator: " ")
                    if event.is("delete") {
                        onDelete = text
                    } else if text != "no action" {
                        warn(event, "ON UPDATE \(text.uppercased()) of \(table).(\(columns.joined(separator: ", "))) is not carried over (primary keys never change)")
                    }
                } else {
                    cursor.next()
                }
            }
            let target_ = targetColumns.isEmpty ? (schema.table(forKey: target)?.primaryKey ?? ["id"]) : targetColumns
            schema.foreignKeys.append(ImportedSchema.ForeignKey(table: table, columns: columns, referencedTable: target, referencedColumns: target_, onDelete: onDelete, line: line))
        }

        mutating func column(_ cursor: inout TokenCursor, into table: inout ImportedSchema.Table) throws(ModelError) {
            let nameToken = try cursor.name("a column name or a constraint")
            var typeTokens: [SourceToken] = []
            var depth = 0
            while let token = cursor.current, depth > 0 || !(token.kind == .word && DDLReader.columnConstraintWords.contains(token.text.lowercased()) || token.kind == .string) {
                if token.is("(") { depth += 1 }
                if token.is(")") { depth -= 1 }
                typeTokens.append(token)
                cursor.next()
            }
            guard !typeTokens.isEmpty else { throw cursor.error("expected the type of the column \(nameToken.text)") }
            var typeText = Self.sqlText(typeTokens)
            if let last = typeTokens.last(where: \.isName), typeTokens.contains(where: { $0.is(".") }) { typeText = Self.identifier(last) }
            var column = ImportedSchema.Column(name: Self.identifier(nameToken), type: typeText.lowercased(), line: nameToken.line)
            if typeTokens.count == 1, typeTokens[0].kind == .quotedIdentifier { column.type = typeTokens[0].text }
            if ["serial", "bigserial", "smallserial", "serial4", "serial8", "serial2"].contains(column.type) { column.increment = true }
            while let token = cursor.next() {
                switch token.text.lowercased() {
                case "constraint": _ = try cursor.name("the constraint's name")
                case "not":
                    try cursor.expect("null", "NULL after NOT")
                    column.notNull = true
                case "null": column.notNull = false
                case "primary":
                    try cursor.expect("key", "KEY after PRIMARY")
                    column.primaryKey = true
                    table.primaryKey = [column.name]
                case "unique": column.unique = true
                case "default": column.defaultValue = defaultValue(&cursor)
                case "references":
                    cursor.position -= 1
                    try references(&cursor, table: table.name, columns: [column.name], line: token.line)
                case "check": table.checks.append((try parenthesised(&cursor), token.line))
                case "generated":
                    if cursor.accept("always") {
                    } else {
                        try cursor.expect("by", "ALWAYS or BY DEFAULT after GENERATED")
                        try cursor.expect("default", "DEFAULT after BY")
                    }
                    try cursor.expect("as", "AS")
                    if cursor.accept("identity") {
                        column.increment = true
                        if cursor.current?.is("(") == true { _ = try parenthesised(&cursor) }
                    } else {
                        let expression = try parenthesised(&cursor)
                        _ = cursor.accept("stored")
                        warn(token, "the generated column \(table.name).\(column.name) (\(expression)) is carried over as a plain column")
                    }
                case "collate":
                    let collation = cursor.next()
                    warn(token, "the collation \(collation?.text ?? "") of \(table.name).\(column.name) is not carried over")
                default:
                    throw ModelError(
                        file: file, line: token.line, column: token.column, "expected a column constraint (NOT NULL, DEFAULT, PRIMARY KEY, UNIQUE, REFERENCES, CHECK, GENERATED), found \(token)")
                }
            }
            table.columns.append(column)
        }

        /// A DEFAULT's value: the tokens up to the next column constraint.
        func defaultValue(_ cursor: inout TokenCursor) -> ImportedSchema.Default {
            var tokens: [SourceToken] = []
            var depth = 0
            while let token = cursor.current, depth > 0 || !(token.kind == .word && DDLReader.columnConstraintWords.subtracting(["null", "collate"]).contains(token.text.lowercased())) {
                if token.is("(") { depth += 1 }
                if token.is(")") { depth -= 1 }
                tokens.append(token)
                cursor.next()
            }
            return Self.defaultValue(tokens)
        }

        /// A default from its tokens: a literal (casts dropped), else an expression.
        static func defaultValue(_ tokens: [SourceToken]) -> ImportedSchema.Default {
            let literal = CheckExpressionReader.simplify(CheckExpressionReader.dropCasts(tokens))
            if literal.count == 1 {
                let token = literal[0]
                switch token.kind {
                case .string: return .string(token.text)
                case .number: return .number(token.text)
                case .word where token.is("true"): return .bool(true)
                case .word where token.is("false"): return .bool(false)
                case .word where token.is("null"): return .null
                default: break
                }
            }
            return .expression(sqlText(tokens))
        }

        /// Tokens back as SQL text: `now()`, `numeric(10,2)`, `'it''s'`, `timestamp with time zone`.
        static func sqlText(_ tokens: [SourceToken]) -> String {
            var text = ""
            var previous: SourceToken?
            for token in tokens {
                let glue =
                    previous.map { $0.is("(") || $0.is("::") || $0.is(".") || $0.is("[") } ?? true
                    || token.is("(") && (previous?.kind == .word) || token.is(")") || token.is(",") || token.is("::") || token.is(".") || token.is("[") || token.is("]")
                if !glue { text += " " }
                switch token.kind {
                case .string: text += SQLIdentifier.literal(token.text)
                case .quotedIdentifier: text += SQLIdentifier.quoted(token.text)
                default: text += token.text
                }
                previous = token
            }
            return text
        }
    }
}
