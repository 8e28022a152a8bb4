import GroundworkModel
import Testing

@Suite("Model validation")
struct ModelValidatorTests {
    /// A valid model; each case below breaks one thing in it.
    static let base = """
        model: 1
        name: shop
        roles: [admin, clerk]
        entities:
          Customer:
            fields:
              name: {type: string, required: true, max_length: 80}
              owner: {type: string}
              region: {type: int}
            access:
              owner: owner
              grants:
                clerk: {actions: [read, list]}
          Order:
            fields:
              customer_id: {type: uuid, required: true, references: Customer}
              total: {type: decimal, min: 0}
              status: {type: enum, values: [open, closed], default: open}
            api:
              filter: [status, total]
              sort: [total]

        """

    /// (replace this, with this, the first error expected).
    static let cases: [(from: String, to: String, message: String)] = [
        ("name: shop", "name: Shop!", #"m.yaml:2: the model name "Shop!" must be lower case: a letter, then letters, digits, _ or -"#),
        ("references: Customer}", "references: Custmer}", "m.yaml:16: unknown entity Custmer; did you mean Customer?; expected one of Customer, Order"),
        ("customer_id: {type: uuid", "customer_id: {type: int", "m.yaml:16: customer_id references Customer, whose primary key id is uuid; give it type: uuid"),
        (
            "required: true, references: Customer}", "required: true, references: Customer, on_delete: set-null}",
            "m.yaml:16: on_delete: set-null needs a field that may be empty; remove required: true or choose restrict or cascade"
        ),
        ("filter: [status, total]", "filter: [status, totl]", "m.yaml:20: unknown field totl; did you mean total?; expected a field of Order"),
        ("sort: [total]", "sort: [status]", "m.yaml:21: status is enum, which has no order; sort by int, bigint, decimal, string, text, date, datetime or uuid"),
        ("clerk: {actions: [read, list]}", "clerck: {actions: [read, list]}", "m.yaml:13: unknown role clerck; did you mean clerk?; declare it under roles: (admin, clerk)"),
        ("owner: owner\n", "owner: region\n", "m.yaml:11: the owner field region is int; it holds the caller's sub claim, so it must be string"),
        ("owner: owner\n", "owner: ownr\n", "m.yaml:11: unknown field ownr; did you mean owner?; the owner field must be a field of Customer"),
        ("clerk: {actions: [read, list]}", "clerk: {actions: [read, list], scope: tenant}", "m.yaml:13: scope tenant needs access.tenant: the field holding the tenant"),
        ("total: {type: decimal, min: 0}", "total: {type: decimal, min: 10, max: 5}", "m.yaml:17: min 10 is greater than max 5"),
        ("max_length: 80}", "min_length: 90, max_length: 80}", "m.yaml:7: min_length 90 is greater than max_length 80"),
        ("max_length: 80}", "pattern: \"([a-z\"}", "m.yaml:7: the pattern ([a-z does not compile as a regular expression"),
        ("default: open}", "default: shut}", #"m.yaml:18: the default "shut" is not one of the values open, closed"#),
        ("sort: [total]", "sort: [total]\n      page_size: 50\n      max_page_size: 10", "m.yaml:23: max_page_size 10 is smaller than page_size 50"),
        ("sort: [total]", "sort: [total]\n      max_page_size: 5000", "m.yaml:22: max_page_size is at most 1000, found 5000"),
        ("region: {type: int}", "created_at: {type: date}", "m.yaml:9: created_at is added by timestamps: true; remove this field or set timestamps: false"),
        ("region: {type: int}", "id: {type: int}", "m.yaml:5: Customer has no primary key: a field named id is declared without primary: true; mark it primary or rename it"),
        ("region: {type: int}", "code: {type: string, primary: true}\n      other: {type: string, primary: true}", "m.yaml:10: Customer already has the primary key code; an entity has exactly one"),
        ("  Order:\n", "  Order:\n    table: customers\n", #"m.yaml:15: Order and Customer both use the table "customers"; give one another table:"#),
        ("total: {type: decimal, min: 0}", "total: {type: decimal, precision: 4, scale: 6}", "m.yaml:17: scale must be between 0 and the precision (4), found 6"),
        ("total: {type: decimal, min: 0}", "total: {type: json, default: \"{nope\"}", #"m.yaml:17: the default of a json field must be JSON text, such as "{}" or "[]""#),
        (
            "  Order:\n", "  Order:\n    table: \(long)\n",
            #"m.yaml:15: the table "\#(long)" is 64 bytes; PostgreSQL keeps 63 and would cut it: set a shorter table:"#
        ),
        (
            "region: {type: int}", "\(long): {type: int}",
            #"m.yaml:9: the column "\#(long)" is 64 bytes; PostgreSQL keeps 63 and would cut it: rename the field"#
        ),
        (
            "region: {type: int}", "region: {type: int}\n    many_to_many:\n      orders: {entity: Order, through: \(long)}",
            #"m.yaml:11: the join table "\#(long)" is 64 bytes; PostgreSQL keeps 63 and would cut it: set a shorter through:"#
        ),
    ]

    /// A name one byte longer than PostgreSQL keeps.
    static let long = String(repeating: "customer_", count: 7) + "x"

    @Test func theBaseModelIsValid() {
        #expect(ModelFixtures.problems(Self.base).isEmpty, "\(ModelFixtures.problems(Self.base))")
    }

    @Test(arguments: cases.indices)
    func eachMistakeIsNamedWithItsLine(_ index: Int) throws {
        let (from, to, message) = Self.cases[index]
        #expect(Self.base.contains(from), "the case must change the base model")
        let problems = ModelFixtures.problems(Self.base.replacingOccurrences(of: from, with: to))
        #expect(problems.contains(message), "\(problems)")
    }

    @Test func everyProblemIsReportedAtOnce() {
        let broken = Self.base.replacingOccurrences(of: "sort: [total]", with: "sort: [nothing]").replacingOccurrences(of: "clerk: {actions", with: "clark: {actions")
        let problems = ModelFixtures.problems(broken)
        #expect(problems.count == 2, "\(problems)")
    }

    @Test func derivedNamesOverPostgreSQLsLimitAreShortenedWithAHashNotCut() throws {
        let yaml = Self.base.replacingOccurrences(
            of: "region: {type: int}",
            with: """
                region: {type: int}
                    many_to_many:
                      alternative_warehouse_location_categories_of_the_distant_past: {entity: Order}
                      alternative_warehouse_location_categories_of_the_distant_future: {entity: Order}
                """)
        let loaded = try ModelLoader.load(text: yaml, format: .yaml, file: "m.yaml", name: "m")
        let tables = loaded.model.joinTables.map(\.table)
        #expect(tables.count == 2 && Set(tables).count == 2, "\(tables)")
        #expect(tables.allSatisfy { $0.utf8.count == 63 && $0.hasPrefix("customer_alternative_warehouse_location_categorie") }, "\(tables)")
    }

    @Test func grantsThatCannotWorkAreWarnings() throws {
        let yaml = Self.base.replacingOccurrences(of: "clerk: {actions: [read, list]}", with: "clerk: {actions: [list]}")
            .replacingOccurrences(of: "  Order:\n", with: "  Order:\n    access:\n      grants:\n        clerk: {actions: [create, read, list, update]}\n")
        let loaded = try ModelLoader.load(text: yaml, format: .yaml, file: "m.yaml", name: "m")
        #expect(
            loaded.warnings.map(\.description) == [
                "m.yaml:10: api.operations exposes create, read, update, delete but no role is granted them: every such request answers 403; grant them or remove them from api.operations",
                "m.yaml:15: api.operations exposes delete but no role is granted it: every such request answers 403; grant it or remove it from api.operations",
                "m.yaml:17: clerk may create Order but cannot read Customer, which the required field customer_id references: every create of clerk is refused; grant clerk read on Customer",
            ])
    }

    @Test func aGrantOfAnOperationTheAPIDoesNotServeIsAWarning() throws {
        let yaml = Self.base.replacingOccurrences(of: "sort: [total]", with: "sort: [total]\n      operations: [read, list]")
            .replacingOccurrences(of: "  Order:\n", with: "  Order:\n    access:\n      grants:\n        clerk: {actions: [read, delete]}\n")
        let loaded = try ModelLoader.load(text: yaml, format: .yaml, file: "m.yaml", name: "m")
        #expect(loaded.warnings.map(\.description).contains("m.yaml:17: grants delete but api.operations does not expose it"))
    }
}
