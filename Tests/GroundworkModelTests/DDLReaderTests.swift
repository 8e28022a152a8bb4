import GroundworkModel
import Testing

@Suite("The PostgreSQL DDL reader")
struct DDLReaderTests {
    /// Models compared as sets: pg_dump orders tables and indexes by name.
    static func sorted(_ model: DataModel) -> DataModel {
        var model = ModelFixtures.withoutLines(model)
        model.entities.sort { $0.name < $1.name }
        for index in model.entities.indices { model.entities[index].indexes.sort { $0.fields.joined(separator: ",") < $1.fields.joined(separator: ",") } }
        return model
    }

    @Test func aPgDumpOfTheMarketplaceGivesTheModelOfItsDBML() throws {
        let fromDBML = try ModelLoader.load(path: ModelFixtures.path("marketplace.dbml")).model
        let fromDump = try ModelLoader.load(path: ModelFixtures.path("marketplace.pg_dump.sql"), name: "marketplace")
        #expect(ModelFixtures.differences(Self.sorted(fromDump.model), Self.sorted(fromDBML)).isEmpty, "\(ModelFixtures.differences(Self.sorted(fromDump.model), Self.sorted(fromDBML)))")
        #expect(fromDump.warnings.isEmpty, "\(fromDump.warnings)")
    }

    @Test func readsALegacySchemaAsPgDumpPrintsIt() throws {
        let loaded = try ModelLoader.load(path: ModelFixtures.path("legacy-crm.pg_dump.sql"), shownAs: "legacy.sql", name: "crm")
        let model = loaded.model
        #expect(model.entities.map(\.name).sorted() == ["Account", "AccountRegion", "Contact", "RegionQuota", "Ticket"])
        let accounts = try #require(model.entity(named: "Account"))
        #expect(accounts.primaryKey?.type == .int, "serial")
        #expect(accounts.timestamps)
        #expect(accounts.field(named: "plan")?.type == .enumeration(["trial", "team", "enterprise"]), "text with CHECK IN is an enum")
        #expect(accounts.field(named: "plan")?.defaultValue == .string("trial"))
        #expect(accounts.field(named: "domain")?.unique == true)
        let contacts = try #require(model.entity(named: "Contact"))
        #expect(contacts.primaryKey?.type == .bigint, "an identity column")
        #expect(contacts.softDelete)
        #expect(contacts.field(named: "email")?.pattern == "^[^@]+@[^@]+$")
        #expect(contacts.field(named: "email")?.note == "Lower-cased by the application")
        #expect(contacts.field(named: "account_id")?.reference == Reference(entity: "Account", name: "account", onDelete: .cascade))
        #expect(contacts.indexes == [EntityIndex(fields: ["account_id", "email"], unique: true)])
        let tickets = try #require(model.entity(named: "Ticket"))
        #expect(tickets.table == "Tickets")
        #expect(tickets.field(named: "priority")?.type == .enumeration(["low", "normal", "high", "urgent"]))
        #expect(tickets.field(named: "opened_on")?.defaultValue == .now)
        #expect(tickets.field(named: "estimate")?.minimum == 0 && tickets.field(named: "estimate")?.maximum == 1000)
        #expect(tickets.field(named: "metadata")?.defaultValue == .string("{}"))
        #expect(tickets.field(named: "contact_id")?.reference?.onDelete == .setNull)
        #expect(tickets.manyToMany == [ManyToMany(name: "contacts", entity: "Contact", through: "ticket_watchers", line: tickets.manyToMany.first?.line)])
        #expect(tickets.indexes == [EntityIndex(fields: ["account_id", "opened_on"], name: "tickets_account_opened_idx")])

        let warnings = loaded.warnings.map(\.message)
        for expected in [
            "the statement CREATE FUNCTION public … is not carried over; the model holds tables, enums, constraints, indexes and comments",
            "the statement CREATE VIEW public … is not carried over; the model holds tables, enums, constraints, indexes and comments",
            "the statement CREATE TRIGGER accounts_touch … is not carried over; the model holds tables, enums, constraints, indexes and comments",
            "the statement GRANT SELECT ON … is not carried over; the model holds tables, enums, constraints, indexes and comments",
            "accounts.domain: citext compares without case; it is carried over as text, which does not",
            "accounts.seats: smallint is carried over as int (32 bits)",
            "the check (seats > 0) on accounts cannot be carried over; the model knows bounds, lengths, patterns and enum values",
            "the note of table accounts is not carried over (the model has notes on fields only)",
            "Tickets.tags: the array type text[] is carried over as json",
            "Tickets.search: unknown type tsvector; the column is carried over as text",
            "the index tickets_open_idx cannot be carried over: it is partial (WHERE (priority = 'urgent'::public.ticket_priority))",
            "the index tickets_search_idx cannot be carried over: it uses the gin method",
            "the index tickets_subject_lower_idx cannot be carried over: it indexes the expression lower((subject)::text)",
            "the composite primary key (account_id, region) of account_regions cannot be carried over; it becomes a unique index and the model adds id uuid",
            "the composite foreign key region_quotas.(account_id, region) → account_regions.(account_id, region) cannot be carried over; the model references single columns",
        ] {
            #expect(warnings.contains(expected), "missing warning: \(expected)\nall: \(warnings.joined(separator: "\n"))")
        }
        #expect(loaded.warnings.allSatisfy { $0.line != nil && $0.file == "legacy.sql" })
    }

    /// Malformed DDL and the exact message.
    static let syntaxErrors: [(sql: String, message: String)] = [
        ("CREATE TABLE t (id int PRIMARY KEY, name text NOT NUL);", #"x.sql:1:51: expected NULL after NOT, found "NUL""#),
        ("CREATE TABLE t (id int PRIMARY KEY", #"x.sql:1:35: expected ")" to close the columns of t, found the end of the file"#),
        ("CREATE TABLE t (\n  id int,\n  name text 'x'\n);", #"x.sql:3:13: expected a column constraint (NOT NULL, DEFAULT, PRIMARY KEY, UNIQUE, REFERENCES, CHECK, GENERATED), found a string"#),
        ("CREATE TABLE t (id int);\nCREATE TABLE t (id int);", "x.sql:2:14: the table t is created twice"),
        ("CREATE TYPE mood AS ENUM (happy);", "x.sql:1:27: expected an enum value as a 'string', found \"happy\""),
        ("SELECT 'unterminated;", "x.sql:1:8: the string is never closed"),
    ]

    /// Two schemas with a table of one name (a Supabase dump has auth.users beside public.users): both are
    /// read, refs, ALTERs and comments find the right one, and the one outside the default schema is renamed.
    @Test func tablesOfOneNameInTwoSchemasStayApart() throws {
        let ddl = """
            CREATE TABLE auth.users (id uuid PRIMARY KEY, email text NOT NULL);
            CREATE TABLE public.users (id serial PRIMARY KEY, name text);
            CREATE TABLE orders (id serial PRIMARY KEY, buyer integer REFERENCES users(id), login uuid REFERENCES auth.users (id));
            ALTER TABLE auth.users ADD COLUMN last_seen timestamptz;
            COMMENT ON COLUMN auth.users.email IS 'the sign-in address';
            """
        let loaded = try ModelLoader.load(text: ddl, format: .ddl, file: "dump.sql", name: "app")
        let tables = Dictionary(uniqueKeysWithValues: loaded.model.entities.map { ($0.table, $0) })
        #expect(Set(tables.keys) == ["auth_users", "users", "orders"])
        #expect(tables["auth_users"]?.fields.map(\.name).contains("last_seen") == true)
        #expect(tables["auth_users"]?.fields.first { $0.name == "email" }?.note == "the sign-in address")
        let orders = try #require(tables["orders"])
        #expect(orders.fields.first { $0.name == "buyer" }?.reference?.entity == tables["users"]?.name)
        #expect(orders.fields.first { $0.name == "login" }?.reference?.entity == tables["auth_users"]?.name)
        #expect(loaded.warnings.contains { $0.message.contains("auth.users becomes the table auth_users") })
    }

    @Test(arguments: syntaxErrors.indices)
    func syntaxErrorsNameLineColumnAndTheTokenExpected(_ index: Int) {
        let (sql, message) = Self.syntaxErrors[index]
        do {
            _ = try DDLReader.read(sql, file: "x.sql", name: "x")
            Issue.record("\(sql) was accepted")
        } catch {
            #expect(error.description == message)
        }
    }

    /// Found by fuzzing (scripts/fuzz.sh ddl): `ADD CONSTRAINT name` with nothing after the name crashed the reader.
    @Test func aNamedConstraintWithNothingAfterItIsAnError() {
        do {
            _ = try DDLReader.read("CREATE TABLE a (id int PRIMARY KEY);\nALTER TABLE a ADD CONSTRAINT a_named;", file: "x.sql", name: "x")
            Issue.record("a constraint without a kind was accepted")
        } catch {
            #expect(error.description.hasPrefix("x.sql:2:"), "\(error)")
            #expect(error.description.contains("expected PRIMARY KEY, UNIQUE, FOREIGN KEY or CHECK after the constraint's name"), "\(error)")
        }
    }

    @Test func checksInEveryShapePostgresPrints() {
        #expect(CheckShapes.read("((rating >= 1) AND (rating <= 5))") == ["rating": "min 1 max 5"])
        #expect(CheckShapes.read("(price >= (0)::numeric)") == ["price": "min 0"])
        #expect(CheckShapes.read("((tier)::text = ANY ((ARRAY['free'::character varying, 'pro'::character varying])::text[]))") == ["tier": "values free,pro"])
        #expect(CheckShapes.read("(char_length(notes) <= 2000)") == ["notes": "max length 2000"])
        #expect(CheckShapes.read("(email ~ '^a$'::text)") == ["email": "pattern ^a$"])
        #expect(CheckShapes.read("(a > b)") == nil)
    }
}

/// Reads a CHECK through the DDL reader, as a short text per column.
enum CheckShapes {
    static func read(_ expression: String) -> [String: String]? {
        guard
            let schema = try? DDLReader.schema(
                "CREATE TABLE t (id int PRIMARY KEY, rating int, price numeric(4,0), tier varchar(9), notes text, email text, a int, b int, CHECK \(expression));", file: "x.sql"),
            let model = Optional(SchemaImporter.model(from: schema, file: "x.sql", name: "x")),
            model.warnings.isEmpty, let entity = model.model.entities.first
        else { return nil }
        var result: [String: String] = [:]
        for field in entity.fields {
            var parts: [String] = []
            if let minimum = field.minimum { parts.append("min \(Int(minimum))") }
            if let maximum = field.maximum { parts.append("max \(Int(maximum))") }
            if let maxLength = field.maxLength, field.type == .text { parts.append("max length \(maxLength)") }
            if let pattern = field.pattern { parts.append("pattern \(pattern)") }
            if case .enumeration(let values) = field.type { parts.append("values \(values.joined(separator: ","))") }
            if !parts.isEmpty { result[field.name] = parts.joined(separator: " ") }
        }
        return result
    }
}
