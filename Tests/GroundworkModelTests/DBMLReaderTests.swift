import GroundworkModel
import Testing

@Suite("The DBML reader")
struct DBMLReaderTests {
    static func marketplace() throws -> ModelLoader.Loaded {
        try ModelLoader.load(path: ModelFixtures.path("marketplace.dbml"), shownAs: "marketplace.dbml")
    }

    @Test func readsADbdiagramModelOfSeventeenTables() throws {
        let loaded = try Self.marketplace()
        let model = loaded.model
        #expect(model.name == "marketplace", "the Project's name")
        #expect(
            model.entities.map(\.name) == [
                "User", "Seller", "Category", "Product", "ProductImage", "Tag", "Address", "Order", "OrderLine", "Payment",
                "Shipment", "Review", "Coupon", "Event", "Warehouse", "StockLevel",
            ])
        let users = try #require(model.entity(named: "User"))
        #expect(users.timestamps && users.table == "users")
        #expect(users.field(named: "email") == Field(name: "email", type: .string, required: true, unique: true, maxLength: 255, note: "login name", line: 23))
        #expect(users.field(named: "is_active")?.defaultValue == .bool(true))
        #expect(users.manyToMany == [ManyToMany(name: "products", entity: "Product", through: "wishlists", line: 145)])

        let products = try #require(model.entity(named: "Product"))
        #expect(products.softDelete)
        #expect(products.field(named: "price")?.type == .decimal(precision: 10, scale: 2))
        #expect(products.field(named: "price")?.minimum == 0, "check: `price >= 0`")
        #expect(products.field(named: "seller_id")?.reference == Reference(entity: "Seller", name: "seller", onDelete: .cascade))
        #expect(products.field(named: "attributes")?.type == .json)
        #expect(products.indexes == [EntityIndex(fields: ["seller_id", "title"], unique: true, name: "products_seller_title"), EntityIndex(fields: ["created_at"])])
        #expect(products.manyToMany == [ManyToMany(name: "tags", entity: "Tag", through: "product_tags", line: 81)])

        let categories = try #require(model.entity(named: "Category"))
        #expect(categories.primaryKey?.type == .int)
        #expect(categories.field(named: "parent_id")?.reference?.entity == "Category", "a table may reference itself")

        let orders = try #require(model.entity(named: "Order"))
        #expect(orders.field(named: "status")?.type == .enumeration(["pending", "paid", "shipped", "delivered", "cancelled"]))
        #expect(orders.field(named: "status")?.defaultValue == .string("pending"))
        #expect(orders.field(named: "buyer_id")?.reference == Reference(entity: "User", name: "buyer", onDelete: .restrict))
        #expect(orders.field(named: "shipping_address_id")?.reference?.onDelete == .setNull)
        #expect(model.entity(named: "Shipment")?.field(named: "order_id")?.reference?.entity == "Order", "`<` points the other way")
        #expect(model.entity(named: "Seller")?.field(named: "user_id")?.reference?.entity == "User", "an alias and a one-to-one `-`")
        #expect(model.entity(named: "Payment")?.field(named: "method")?.type == .enumeration(["card", "transfer", "wallet"]), "a schema-qualified Enum")
        #expect(model.entity(named: "Coupon")?.table == "Coupons", "a quoted table name keeps its case")
        #expect(model.entity(named: "Coupon")?.primaryKey?.name == "code")
        #expect(model.entity(named: "Event")?.table == "events")
        #expect(model.entity(named: "Warehouse")?.manyToMany == [ManyToMany(name: "tags", entity: "Tag", through: "warehouses_tags", line: 192)], "`<>`")
        let stock = try #require(model.entity(named: "StockLevel"))
        #expect(stock.indexes == [EntityIndex(fields: ["warehouse_id", "product_id"], unique: true)])
        #expect(stock.field(named: "warehouse_id")?.required == true)
    }

    @Test func whatCannotBeCarriedOverIsListedWithItsLine() throws {
        let warnings = try Self.marketplace().warnings.map(\.description)
        #expect(
            warnings == [
                "marketplace.dbml:4: the project's note is not carried over",
                "marketplace.dbml:10: the note of the enum value order_status.shipped is not carried over",
                "marketplace.dbml:47: the note of table products is not carried over (the model has notes on fields only)",
                "marketplace.dbml:64: the index products_title_lower cannot be carried over: it indexes the expression lower(title)",
                "marketplace.dbml:73: product_images.position: smallint is carried over as int (32 bits)",
                "marketplace.dbml:96: addresses.country: char(2) is fixed-length; it is carried over as a string of at most 2 characters",
                "marketplace.dbml:139: reviews.rating: smallint is carried over as int (32 bits)",
                "marketplace.dbml:145: the timestamps of the join table wishlists are not carried over",
                "marketplace.dbml:157: the schema audit of audit.events is not carried over; the model has one schema",
                "marketplace.dbml:171: the composite primary key (warehouse_id, product_id) of stock_levels cannot be carried over; it becomes a unique index and the model adds id uuid",
                "marketplace.dbml:181: on update cascade of the ref product_images → products is not carried over (primary keys never change)",
                "marketplace.dbml:188: the ref setting color (payments → orders) is not carried over",
                "marketplace.dbml:193: the composite foreign key stock_levels.(warehouse_id, product_id) → stock_levels.(warehouse_id, product_id) cannot be carried over; the model references single columns",
                "marketplace.dbml:197: the TableGroup catalog is not carried over; the model has no groups",
                "marketplace.dbml:203: the sticky note is not carried over",
            ])
    }

    /// Malformed DBML and the exact message: file:line:column and the token expected.
    static let syntaxErrors: [(dbml: String, message: String)] = [
        ("Table users {\n  id int [pk\n}\n", #"x.dbml:3:1: expected a setting name such as pk, not null, unique, default: or note:, found "}""#),
        ("Table users {\n  id\n}\n", #"x.dbml:3:1: expected the type of the column id, found "}""#),
        ("Table users \n  id int\n}\n", #"x.dbml:2:3: expected "{" to open the table users, found "id""#),
        ("Tabel users {}\n", #"x.dbml:1:1: expected Project, Table, Ref, Enum, TableGroup or Note, found "Tabel""#),
        ("Table a { id int }\nRef: a.id >> b.id\n", #"x.dbml:2:12: expected a table name, found ">""#),
        ("Table a { id int }\nRef: a.id = b.id\n", #"x.dbml:2:11: expected >, <, - or <> between the two ends of a ref, found "=""#),
        ("Table a {\n  note text [note: 'unclosed]\n}\n", "x.dbml:2:20: the string is never closed"),
        ("/* a comment\nTable a {}\n", "x.dbml:1:1: the comment /* is never closed"),
        ("Table a {\n  id int [default: now()]\n}\n", "x.dbml:2:11: expected one default value: a number, a 'string', true, false, null or an `expression`"),
    ]

    @Test(arguments: syntaxErrors.indices)
    func syntaxErrorsNameLineColumnAndTheTokenExpected(_ index: Int) {
        let (dbml, message) = Self.syntaxErrors[index]
        do {
            _ = try DBMLReader.read(dbml, file: "x.dbml", name: "x")
            Issue.record("\(dbml) was accepted")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func commentsAndQuotedNamesAreRead() throws {
        let dbml = """
            // a line comment
            Table "Order Items" { /* inline */
              "Line No" int [pk] // trailing
            }
            """
        let schema = try DBMLReader.schema(dbml, file: "x.dbml")
        #expect(schema.tables.map(\.name) == ["Order Items"])
        #expect(schema.tables[0].columns.map(\.name) == ["Line No"])
    }

    @Test func signedNumbersAreDefaults() throws {
        let dbml = "Table t {\n  id int [pk]\n  score int [default: -1]\n  ratio decimal [default: -0.5]\n  position int [default: +3]\n}\n"
        let model = try ModelLoader.load(text: dbml, format: .dbml, file: "x.dbml", name: "x").model
        let table = try #require(model.entities.first)
        #expect(table.field(named: "score")?.defaultValue == .number("-1"))
        #expect(table.field(named: "ratio")?.defaultValue == .number("-0.5"))
        #expect(table.field(named: "position")?.defaultValue == .number("3"))
    }

    /// What dbdiagram's own exporter tests feed it (holistics/dbml): several schemas with tables of one name,
    /// tables without `[pk]`, a composite key holding id, a varchar column referencing an int key, a note in
    /// double quotes, a `<>` ref whose join table name is taken, punctuation in a schema's name. Each loads,
    /// validates, and says what changed.
    @Test func dbdiagramsIdiomsLoadAndSayWhatChanged() throws {
        let dbml = """
            Table core.users {
              id int [pk]
              name varchar
            }
            Table ecommerce.users as EU {
              id int [pk]
              name varchar
            }
            Table products {
              id int
              name varchar
              owner varchar [ref: > ecommerce.users.id]
              Note: "This is a note in table 'products'"
            }
            Table prices {
              id int
              currency varchar
              indexes {
                (id, currency) [pk]
              }
            }
            Table "C##test".orders {
              id int [pk]
              buyer int [ref: > EU.id]
            }
            Table t1 {
              a int [pk]
            }
            Table t2 {
              a int [pk]
            }
            Table t1_t2 {
              a int
            }
            Ref: t1.a <> t2.a
            """
        let loaded = try ModelLoader.load(text: dbml, format: .dbml, file: "x.dbml", name: "x")
        let model = loaded.model
        #expect(Set(model.entities.map(\.table)).isSuperset(of: ["core_users", "ecommerce_users", "products", "prices", "orders", "t1", "t2", "t1_t2"]))
        #expect(model.entities.allSatisfy { $0.name.allSatisfy { $0.isLetter || $0.isNumber } })
        let products = try #require(model.entities.first { $0.table == "products" })
        #expect(products.fields.first { $0.name == "id" }?.primaryKey == true)
        let owner = try #require(products.fields.first { $0.name == "owner" })
        #expect(owner.type == .int && owner.reference?.entity == model.entities.first { $0.table == "ecommerce_users" }?.name)
        let prices = try #require(model.entities.first { $0.table == "prices" })
        #expect(prices.fields.first { $0.name == "id" }?.primaryKey == true)
        #expect(prices.indexes.contains { $0.fields == ["id", "currency"] && $0.unique })
        let orders = try #require(model.entities.first { $0.table == "orders" })
        #expect(orders.fields.first { $0.name == "buyer" }?.reference?.entity == owner.reference?.entity)
        let t1 = try #require(model.entities.first { $0.table == "t1" })
        #expect(t1.manyToMany.first?.through == "t1_t2_link")
        let messages = loaded.warnings.map(\.message)
        for expected in [
            "ecommerce.users becomes the table ecommerce_users", "products declares no primary key; its column id is taken as the primary key",
            "id becomes the primary key and the composite a unique index", "owner is string but references a int key; it becomes int",
            "it is t1_t2_link",
        ] {
            #expect(messages.contains { $0.contains(expected) }, "no warning containing \(expected): \(messages)")
        }
        #expect(ModelValidator.validate(model, sources: loaded.sources).errors.isEmpty)
    }
}
