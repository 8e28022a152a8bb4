import GroundworkFormats
import Yams

/// Reads a model file (`*.model.yaml`, format 1; docs/model.md) strictly: an unknown key is an error that
/// suggests the closest known one, a value of the wrong shape names what was expected, and every error
/// names file:line. The result is not yet validated or normalized (`ModelLoader` does both).
package enum ModelFileReader {
    /// The format version this reader understands (`model: 1`).
    package static let formatVersion = 1

    static let rootKeys = ["model", "name", "roles", "entities"]
    static let entityKeys = ["table", "timestamps", "soft_delete", "fields", "indexes", "many_to_many", "api", "access"]
    static let fieldKeys = [
        "type", "primary", "required", "unique", "default", "min", "max", "min_length", "max_length", "pattern", "values",
        "precision", "scale", "references", "on_delete", "as", "read_only", "write_only", "note",
    ]
    static let typeNames = ["string", "text", "int", "bigint", "decimal", "bool", "date", "datetime", "uuid", "enum", "json"]

    /// The model in `text`, with the line of every part of it.
    package static func read(_ text: String, file: String) throws(ModelError) -> (model: DataModel, sources: ModelSourceMap) {
        var reader = Reader(sources: ModelSourceMap(file: file))
        do {
            let root = try StrictYAMLReader(file: file).mapping(text, allowed: rootKeys)
            let model = try reader.model(root)
            return (model, reader.sources)
        } catch {
            throw ModelError(file: error.file, line: error.line, error.message)
        }
    }

    /// The reader's state: the lines it has seen.
    struct Reader {
        var sources: ModelSourceMap

        mutating func record(_ path: String, _ line: Int) { sources.lines[path] = line }

        mutating func model(_ root: StrictYAMLMapping) throws(FormatError) -> DataModel {
            let version = try root.required("model")
            guard (try? version.int()) == ModelFileReader.formatVersion else {
                throw version.error("expected \(ModelFileReader.formatVersion), the only model format this groundwork reads, found \(version.shape)")
            }
            let name = try root.requiredString("name")
            record("name", root.line(of: "name"))
            var roles: [String] = []
            if let list = try root.sequence("roles") {
                record("roles", root.line(of: "roles"))
                for (index, item) in list.enumerated() {
                    roles.append(try item.string())
                    record("roles[\(index)]", item.line)
                }
            }
            var entities: [Entity] = []
            for entry in try Self.freeMapping(try root.required("entities"), expecting: "entity names, each with its fields") {
                record(entry.key, entry.line)
                entities.append(try entity(entry.key, entry.value, line: entry.line))
            }
            return DataModel(name: name, roles: roles, entities: entities)
        }

        mutating func entity(_ name: String, _ value: StrictYAMLValue, line: Int) throws(FormatError) -> Entity {
            let mapping = try value.mapping(allowed: ModelFileReader.entityKeys)
            for key in mapping.keys { record("\(name).\(key)", mapping.line(of: key)) }
            var fields: [Field] = []
            if let fieldsValue = mapping["fields"] {
                for entry in try Self.freeMapping(fieldsValue, expecting: "field names, each with its type") {
                    record("\(name).fields.\(entry.key)", entry.line)
                    fields.append(try field(entry.key, entry.value, line: entry.line, path: "\(name).fields.\(entry.key)"))
                }
            }
            var indexes: [EntityIndex] = []
            for (position, item) in (try mapping.sequence("indexes") ?? []).enumerated() {
                record("\(name).indexes[\(position)]", item.line)
                let index = try item.mapping(allowed: ["fields", "unique", "name"])
                indexes.append(
                    EntityIndex(
                        fields: try index.required("fields").strings(), unique: try index.bool("unique") ?? false, name: try index.string("name")
                    ))
            }
            var relations: [ManyToMany] = []
            if let relationsValue = mapping["many_to_many"] {
                for entry in try Self.freeMapping(relationsValue, expecting: "relation names, each with entity and through") {
                    record("\(name).many_to_many.\(entry.key)", entry.line)
                    let relation = try entry.value.mapping(allowed: ["entity", "through"])
                    // A derived name PostgreSQL would cut is shortened with a hash (a `through:` written out is the user's).
                    let through = try relation.string("through") ?? SQLIdentifier.shortened(ModelNaming.snakeCase(name) + "_" + ModelNaming.snakeCase(entry.key))
                    relations.append(ManyToMany(name: entry.key, entity: try relation.requiredString("entity"), through: through, line: entry.line))
                }
            }
            let api = try mapping["api"].map { value throws(FormatError) in try self.api(value, path: "\(name).api") } ?? EntityAPI()
            let access = try mapping["access"].map { value throws(FormatError) in try self.access(value, path: "\(name).access") } ?? .adminOnly
            return Entity(
                name: name, table: try mapping.string("table") ?? ModelNaming.table(forEntity: name), fields: fields,
                manyToMany: relations, indexes: indexes, timestamps: try mapping.bool("timestamps") ?? true,
                softDelete: try mapping.bool("soft_delete") ?? false, api: api, access: access, line: line
            )
        }

        mutating func field(_ name: String, _ value: StrictYAMLValue, line: Int, path: String) throws(FormatError) -> Field {
            // `title: string` is short for `title: {type: string}`.
            if value.node.scalar != nil, !value.isNull {
                return Field(name: name, type: try Self.type(value, mapping: nil), line: line)
            }
            let mapping = try value.mapping(allowed: ModelFileReader.fieldKeys)
            for key in mapping.keys { record("\(path).\(key)", mapping.line(of: key)) }
            let typeValue = try mapping.required("type")
            let type = try Self.type(typeValue, mapping: mapping)
            try Self.refuseKeys(in: mapping, notApplyingTo: type)
            var field = Field(
                name: name, type: type, primaryKey: try mapping.bool("primary") ?? false, required: try mapping.bool("required") ?? false,
                unique: try mapping.bool("unique") ?? false, minimum: try mapping.number("min"), maximum: try mapping.number("max"),
                minLength: try mapping.int("min_length"), maxLength: try mapping.int("max_length"), pattern: try mapping.string("pattern"),
                readOnly: try mapping.bool("read_only") ?? false, writeOnly: try mapping.bool("write_only") ?? false,
                note: try mapping.string("note"), line: line
            )
            if let defaultValue = mapping["default"] { field.defaultValue = try Self.defaultValue(defaultValue, type: type) }
            if let target = try mapping.string("references") {
                let onDelete = try mapping["on_delete"].map { value throws(FormatError) in try Self.choice(value, OnDelete.self) } ?? .restrict
                field.reference = Reference(entity: target, name: try mapping.string("as") ?? ModelNaming.relationName(forField: name), onDelete: onDelete)
            } else {
                for key in ["on_delete", "as"] where mapping.has(key) {
                    throw mapping.error(key, "applies only to a reference; add `references: ENTITY` or remove it")
                }
            }
            return field
        }

        /// The field's type, with `values` for enum and `precision`/`scale` for decimal.
        static func type(_ value: StrictYAMLValue, mapping: StrictYAMLMapping?) throws(FormatError) -> FieldType {
            let name = try value.string()
            switch name {
            case "string": return .string
            case "text": return .text
            case "int", "integer": return .int
            case "bigint": return .bigint
            case "decimal":
                return .decimal(precision: try mapping?.int("precision") ?? 12, scale: try mapping?.int("scale") ?? 2)
            case "bool", "boolean": return .bool
            case "date": return .date
            case "datetime": return .datetime
            case "uuid": return .uuid
            case "json": return .json
            case "enum":
                guard let mapping else { throw value.error("an enum needs its values: write {type: enum, values: [a, b]}") }
                let values = try mapping.required("values").strings()
                return .enumeration(values)
            default:
                throw value.error("unknown type \"\(name)\"\(CloseMatches.hint(name, in: ModelFileReader.typeNames)); expected one of \(ModelFileReader.typeNames.joined(separator: ", "))")
            }
        }

        /// Refuses keys that make no sense for the type (`values` on a string, `max_length` on an int).
        static func refuseKeys(in mapping: StrictYAMLMapping, notApplyingTo type: FieldType) throws(FormatError) {
            let rules: [(keys: [String], applies: Bool, to: String)] = [
                (["values"], type.name == "enum", "enum"),
                (["precision", "scale"], type.name == "decimal", "decimal"),
                (["min", "max"], [.int, .bigint].contains(type) || type.name == "decimal", "int, bigint and decimal"),
                (["min_length", "max_length", "pattern"], type == .string || type == .text, "string and text"),
                (["references"], [.uuid, .int, .bigint, .string].contains(type), "uuid, int, bigint and string"),
            ]
            for rule in rules where !rule.applies {
                for key in rule.keys where mapping.has(key) {
                    throw mapping.error(key, "applies only to \(rule.to), not to \(type.name)")
                }
            }
        }

        /// A default in the model's syntax for `type`.
        static func defaultValue(_ value: StrictYAMLValue, type: FieldType) throws(FormatError) -> FieldDefault {
            switch type {
            case .int, .bigint, .decimal:
                let number = try value.number()
                let text = try value.string()
                return .number(Double(text) != nil ? text : ModelNumber.text(number))
            case .bool:
                return .bool(try value.bool())
            case .date, .datetime:
                let text = try value.string()
                return text == "now" && !value.isQuoted ? .now : .string(text)
            case .uuid:
                let text = try value.string()
                return text == "random" && !value.isQuoted ? .randomUUID : .string(text)
            case .string, .text, .enumeration, .json:
                return .string(try value.string())
            }
        }

        /// One of an enum's raw values, naming the others when it is not.
        static func choice<T: RawRepresentable & CaseIterable>(_ value: StrictYAMLValue, _ type: T.Type) throws(FormatError) -> T where T.RawValue == String {
            let text = try value.string()
            let names = T.allCases.map(\.rawValue)
            guard let result = T(rawValue: text) else {
                throw value.error("unknown value \"\(text)\"\(CloseMatches.hint(text, in: names)); expected one of \(names.joined(separator: ", "))")
            }
            return result
        }

        mutating func api(_ value: StrictYAMLValue, path: String) throws(FormatError) -> EntityAPI {
            let mapping = try value.mapping(allowed: ["operations", "pagination", "page_size", "max_page_size", "filter", "sort"])
            for key in mapping.keys { record("\(path).\(key)", mapping.line(of: key)) }
            var api = EntityAPI()
            if let list = try mapping.sequence("operations") {
                var operations: Set<Action> = []
                for item in list { operations.insert(try Self.choice(item, Action.self)) }
                api.operations = operations
            }
            if let pagination = mapping["pagination"] { api.pagination = try Self.choice(pagination, Pagination.self) }
            api.defaultPageSize = try mapping.int("page_size") ?? api.defaultPageSize
            api.maxPageSize = try mapping.int("max_page_size") ?? api.maxPageSize
            api.filterable = try strings(mapping, "filter", path: path)
            api.sortable = try strings(mapping, "sort", path: path)
            return api
        }

        /// A list of strings under `key`, recording each item's line.
        mutating func strings(_ mapping: StrictYAMLMapping, _ key: String, path: String) throws(FormatError) -> [String] {
            var result: [String] = []
            for (index, item) in (try mapping.sequence(key) ?? []).enumerated() {
                result.append(try item.string())
                record("\(path).\(key)[\(index)]", item.line)
            }
            return result
        }

        mutating func access(_ value: StrictYAMLValue, path: String) throws(FormatError) -> EntityAccess {
            let mapping = try value.mapping(allowed: ["owner", "tenant", "grants", "fields"])
            for key in mapping.keys { record("\(path).\(key)", mapping.line(of: key)) }
            let owner = try mapping.string("owner")
            let tenant = try mapping.string("tenant")
            // Scope defaults to the narrowest the entity supports.
            let narrowest: RowScope = owner != nil ? .owner : tenant != nil ? .tenant : .all
            var access = EntityAccess(ownerField: owner, tenantField: tenant, grants: EntityAccess.adminOnly.grants)
            if let grantsValue = mapping["grants"] {
                access.grants = []
                for entry in try Self.freeMapping(grantsValue, expecting: "role names, each with actions and scope") {
                    record("\(path).grants.\(entry.key)", entry.line)
                    let grant = try entry.value.mapping(allowed: ["actions", "scope"])
                    var actions: Set<Action> = []
                    for item in try grant.required("actions").sequence() { actions.insert(try Self.choice(item, Action.self)) }
                    let scope = try grant["scope"].map { value throws(FormatError) in try Self.choice(value, RowScope.self) } ?? narrowest
                    access.grants.append(Grant(role: entry.key, actions: actions, scope: scope))
                }
            }
            if let fieldsValue = mapping["fields"] {
                for entry in try Self.freeMapping(fieldsValue, expecting: "field names, each with the roles that may read it") {
                    record("\(path).fields.\(entry.key)", entry.line)
                    access.fieldVisibility.append(FieldVisibility(field: entry.key, roles: try entry.value.strings()))
                }
            }
            return access
        }

        /// The entries of a mapping whose keys are names the user chooses (entities, fields, roles).
        static func freeMapping(_ value: StrictYAMLValue, expecting: String) throws(FormatError) -> [(key: String, line: Int, value: StrictYAMLValue)] {
            if value.isNull { return [] }
            guard let mapping = value.node.mapping else { throw value.error("expected a mapping of \(expecting), found \(value.shape)") }
            var entries: [(key: String, line: Int, value: StrictYAMLValue)] = []
            for (keyNode, node) in mapping {
                let keyValue = value.child(keyNode, "")
                guard let key = keyNode.scalar?.string, !keyValue.isNull else { throw keyValue.error("expected a name, found \(keyValue.shape)") }
                let line = keyNode.mark?.line ?? value.line
                guard !entries.contains(where: { $0.key == key }) else {
                    throw FormatError(file: value.file, line: line, field: value.field, "\"\(key)\" appears twice")
                }
                entries.append((key, line, value.child(node, key)))
            }
            return entries
        }
    }
}
