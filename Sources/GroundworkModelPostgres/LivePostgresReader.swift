import Foundation
import GroundworkModel
import Logging
import PostgresNIO

/// Reads the schema of a live PostgreSQL database (tables, columns, types, nullability, defaults,
/// primary keys, foreign keys with their delete rules, unique and check constraints, indexes, enums,
/// comments) from pg_catalog, and turns it into a model like the DDL reader does.
///
/// The catalog is rendered as the DDL PostgreSQL itself would print (`format_type`,
/// `pg_get_constraintdef`, `pg_get_indexdef`) and read by `DDLReader`, so a database, its pg_dump and
/// the DDL that created it give the same model. Warnings name the table and column; they carry no line.
package enum LivePostgresReader {
    /// Connects to `url`, reads schema `schema` (default `public`), and returns the normalized, validated model.
    package static func load(url text: String, schema: String = "public", name: String? = nil) async throws(ModelError) -> ModelLoader.Loaded {
        let url = try PostgresConnectionURL(text)
        let ddl = try await catalogDDL(url: url, schema: schema)
        let imported = try DDLReader.schema(ddl, file: url.redacted)
        var result = SchemaImporter.model(from: imported, file: url.redacted, name: name ?? ModelNaming.modelName(url.database))
        for index in result.warnings.indices { result.warnings[index].line = nil }
        var sources = result.sources
        sources.lines = [:]
        return try ModelLoader.validated(result.model, sources: sources, warnings: result.warnings)
    }

    /// The schema of the database as DDL text.
    package static func catalogDDL(url: PostgresConnectionURL, schema: String) async throws(ModelError) -> String {
        let logger = Logger(label: "groundwork.model-postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: try configuration(url), id: 1, logger: logger)
        } catch {
            throw ModelError(
                file: url.redacted, line: nil,
                "cannot connect: \(describe(error, hiding: url.password)). Check that PostgreSQL accepts connections at \(url.host):\(url.port) and that the user, password and database are right")
        }
        do {
            let ddl = try await CatalogQueries(connection: connection, logger: logger, schema: schema).ddl()
            try? await connection.close()
            return ddl
        } catch let error as ModelError {
            try? await connection.close()
            throw error
        } catch {
            try? await connection.close()
            throw ModelError(file: url.redacted, line: nil, "reading the catalog failed: \(describe(error, hiding: url.password))")
        }
    }

    package static func configuration(_ url: PostgresConnectionURL) throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch url.sslMode {
        case "disable": tls = .disable
        case "require", "verify-ca", "verify-full": tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        default: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        return PostgresConnection.Configuration(host: url.host, port: url.port, username: url.username, password: url.password, database: url.database, tls: tls)
    }

    /// The server's message (PSQLError hides it from `description`), with the password cut out.
    package static func describe(_ error: any Error, hiding password: String?) -> String {
        var text: String
        if let error = error as? PSQLError {
            text = error.serverInfo?[.message] ?? "\(error.code)"
            if let underlying = error.underlying { text += " (\(underlying))" }
        } else {
            text = "\(error)"
        }
        if let password, !password.isEmpty { text = text.replacingOccurrences(of: password, with: "****") }
        return text
    }

    /// The catalog queries, each rendering one kind of object as DDL.
    struct CatalogQueries {
        let connection: PostgresConnection
        let logger: Logger
        let schema: String

        func ddl() async throws -> String {
            var statements: [String] = []
            statements += try await enums()
            let (tables, comments) = try await tables()
            guard !tables.isEmpty else {
                throw ModelError(file: "schema \(schema)", line: nil, "the schema has no tables; pass --schema NAME for another schema")
            }
            statements += tables
            statements += try await constraints()
            statements += try await indexes()
            statements += comments
            statements += try await otherObjects()
            return statements.joined(separator: "\n")
        }

        /// Views, functions and triggers of the schema (not those of extensions), as statements the DDL
        /// reader lists as not carried over, so nothing in the database is left out silently.
        func otherObjects() async throws -> [String] {
            let rows = try await connection.query(
                """
                SELECT kind, name FROM (
                  SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'FOREIGN TABLE' END AS kind, c.relname::text AS name
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = \(schema) AND c.relkind IN ('v', 'm', 'f')
                  UNION ALL
                  SELECT 'FUNCTION', p.proname::text
                  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = \(schema) AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
                  UNION ALL
                  SELECT 'TRIGGER', t.tgname::text
                  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = \(schema) AND NOT t.tgisinternal
                ) objects ORDER BY kind, name
                """, logger: logger)
            var statements: [String] = []
            for try await (kind, name) in rows.decode((String, String).self) {
                statements.append("CREATE \(kind) \(SQLIdentifier.quoted(name));")
            }
            return statements
        }

        func enums() async throws -> [String] {
            let rows = try await connection.query(
                """
                SELECT t.typname::text, e.enumlabel::text
                FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname = \(schema)
                ORDER BY t.typname, e.enumsortorder
                """, logger: logger)
            var values: [(String, [String])] = []
            for try await (type, label) in rows.decode((String, String).self) {
                if values.last?.0 == type { values[values.count - 1].1.append(label) } else { values.append((type, [label])) }
            }
            return values.map { "CREATE TYPE \(SQLIdentifier.quoted($0.0)) AS ENUM (\($0.1.map(SQLIdentifier.literal).joined(separator: ", ")));" }
        }

        func tables() async throws -> (tables: [String], comments: [String]) {
            let rows = try await connection.query(
                """
                SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                       pg_get_expr(d.adbin, d.adrelid), a.attidentity::text, col_description(c.oid, a.attnum),
                       obj_description(c.oid, 'pg_class')
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
                WHERE n.nspname = \(schema) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                ORDER BY c.oid, a.attnum
                """, logger: logger)
            var tables: [(name: String, columns: [String])] = []
            var comments: [String] = []
            for try await (table, column, type, notNull, defaultExpression, identity, columnComment, tableComment) in rows.decode(
                (String, String, String, Bool, String?, String, String?, String?).self)
            {
                if tables.last?.name != table {
                    tables.append((table, []))
                    if let tableComment { comments.append("COMMENT ON TABLE \(SQLIdentifier.quoted(table)) IS \(SQLIdentifier.literal(tableComment));") }
                }
                var definition = "\(SQLIdentifier.quoted(column)) \(type)"
                if notNull { definition += " NOT NULL" }
                if let defaultExpression { definition += " DEFAULT \(defaultExpression)" }
                if identity == "a" || identity == "d" { definition += " GENERATED \(identity == "a" ? "ALWAYS" : "BY DEFAULT") AS IDENTITY" }
                tables[tables.count - 1].columns.append(definition)
                if let columnComment {
                    comments.append("COMMENT ON COLUMN \(SQLIdentifier.quoted(table)).\(SQLIdentifier.quoted(column)) IS \(SQLIdentifier.literal(columnComment));")
                }
            }
            let statements = tables.map { "CREATE TABLE \(SQLIdentifier.quoted($0.name)) (\n    " + $0.columns.joined(separator: ",\n    ") + "\n);" }
            return (statements, comments)
        }

        func constraints() async throws -> [String] {
            // Primary keys first, so foreign keys to them resolve.
            let rows = try await connection.query(
                """
                SELECT c.relname::text, con.conname::text, pg_get_constraintdef(con.oid)
                FROM pg_constraint con
                JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = \(schema) AND con.contype IN ('p', 'u', 'c', 'f')
                ORDER BY CASE con.contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 WHEN 'c' THEN 2 ELSE 3 END, c.relname, con.conname
                """, logger: logger)
            var statements: [String] = []
            for try await (table, name, definition) in rows.decode((String, String, String).self) {
                statements.append("ALTER TABLE \(SQLIdentifier.quoted(table)) ADD CONSTRAINT \(SQLIdentifier.quoted(name)) \(definition);")
            }
            return statements
        }

        func indexes() async throws -> [String] {
            // Indexes behind constraints (primary keys, UNIQUE) are the constraints themselves.
            let rows = try await connection.query(
                """
                SELECT pg_get_indexdef(i.indexrelid)
                FROM pg_index i
                JOIN pg_class c ON c.oid = i.indrelid
                JOIN pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = \(schema) AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid)
                ORDER BY c.relname, ic.relname
                """, logger: logger)
            var statements: [String] = []
            for try await definition in rows.decode(String.self) { statements.append(definition + ";") }
            return statements
        }
    }
}
