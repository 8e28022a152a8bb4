import Foundation
import GroundworkFormats

/// Checks that a normalized model makes sense as a whole: names, references, keys, bounds, API and
/// access rules. Every problem names the line where it was written (through the source map).
///
/// Errors make the model unusable; warnings are worth knowing but generation can go on.
package enum ModelValidator {
    /// What validation found.
    package struct Result: Sendable, Hashable {
        package var errors: [ModelDiagnostic] = []
        package var warnings: [ModelDiagnostic] = []
    }

    /// The largest `max_page_size` accepted: a page larger than this is a denial of service waiting to happen.
    package static let largestPageSize = 1000

    /// Validates `model` (normalized) whose parts were written where `sources` says.
    package static func validate(_ model: DataModel, sources: ModelSourceMap) -> Result {
        var check = Checker(model: model, sources: sources)
        check.checkModel()
        return check.result
    }

    /// The checks, accumulating diagnostics.
    struct Checker {
        let model: DataModel
        let sources: ModelSourceMap
        var result = Result()

        mutating func error(_ path: String, _ message: String) { result.errors.append(sources.diagnostic(path, message)) }
        mutating func warning(_ path: String, _ message: String) { result.warnings.append(sources.diagnostic(path, message)) }

        static let modelName = try! NSRegularExpression(pattern: "^[a-z][a-z0-9_-]*$")
        static let entityName = try! NSRegularExpression(pattern: "^[A-Za-z][A-Za-z0-9_]*$")
        static let fieldName = try! NSRegularExpression(pattern: "^[A-Za-z_][A-Za-z0-9_]*$")

        static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
            regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }

        mutating func checkModel() {
            if !Self.matches(Self.modelName, model.name) {
                error("name", "the model name \"\(model.name)\" must be lower case: a letter, then letters, digits, _ or -")
            }
            var seenRoles: Set<String> = []
            for (index, role) in model.roles.enumerated() {
                if !Self.matches(Self.modelName, role) {
                    error("roles[\(index)]", "the role \"\(role)\" must be lower case: a letter, then letters, digits, _ or -")
                }
                if !seenRoles.insert(role).inserted { error("roles[\(index)]", "the role \"\(role)\" is listed twice") }
            }
            if model.entities.isEmpty { error("entities", "the model has no entities; declare at least one under entities:") }
            var tables: [String: String] = [:]
            for entity in model.entities {
                if let other = tables[entity.table] {
                    error("\(entity.name).table", "\(entity.name) and \(other) both use the table \"\(entity.table)\"; give one another table:")
                }
                tables[entity.table] = entity.name
            }
            for join in model.joinTables {
                if let other = tables[join.table] {
                    error("\(join.leftEntity).many_to_many.\(join.relation)", "the join table \"\(join.table)\" is also the table of \(other); choose another through:")
                }
            }
            for entity in model.entities { check(entity) }
        }

        mutating func check(_ entity: Entity) {
            let path = entity.name
            if !Self.matches(Self.entityName, entity.name) {
                error(path, "the entity name \"\(entity.name)\" must start with a letter and hold only letters, digits and _")
            }
            if entity.table.isEmpty { error("\(path).table", "the table name is empty") }
            let keys = entity.fields.filter(\.primaryKey)
            if keys.isEmpty {
                error(path, "\(entity.name) has no primary key: a field named id is declared without primary: true; mark it primary or rename it")
            }
            for extra in keys.dropFirst() {
                error("\(path).fields.\(extra.name)", "\(entity.name) already has the primary key \(keys[0].name); an entity has exactly one")
            }
            for field in entity.fields { check(field, of: entity) }
            checkIndexes(entity)
            checkNameLengths(entity)
            checkRelations(entity)
            checkAPI(entity)
            checkAccess(entity)
            checkGrantReach(entity)
        }

        mutating func check(_ field: Field, of entity: Entity) {
            let path = "\(entity.name).fields.\(field.name)"
            if !Self.matches(Self.fieldName, field.name) {
                error(path, "the field name \"\(field.name)\" must start with a letter or _ and hold only letters, digits and _")
            }
            let implicit = ["created_at": entity.timestamps, "updated_at": entity.timestamps, "deleted_at": entity.softDelete]
            if implicit[field.name] == true, !entity.isImplicit(field) {
                let flag = field.name == "deleted_at" ? "soft_delete" : "timestamps"
                error(path, "\(field.name) is added by \(flag): true; remove this field or set \(flag): false")
            }
            if field.primaryKey, field.reference != nil, field.reference?.entity != entity.name {
                warning(path, "the primary key \(field.name) also references \(field.reference!.entity); a one-to-one relation is kept as a reference")
            }
            if field.readOnly, field.writeOnly { error("\(path).write_only", "a field cannot be read_only and write_only at once") }
            if field.primaryKey, field.writeOnly { error("\(path).write_only", "the primary key is always returned; it cannot be write_only") }
            checkBounds(field, path: path)
            checkDefault(field, path: path)
            if let reference = field.reference { checkReference(reference, of: field, path: path) }
        }

        mutating func checkBounds(_ field: Field, path: String) {
            if let minimum = field.minimum, let maximum = field.maximum, minimum > maximum {
                error("\(path).min", "min \(ModelNumber.text(minimum)) is greater than max \(ModelNumber.text(maximum))")
            }
            if let minLength = field.minLength, minLength < 0 { error("\(path).min_length", "min_length must be 0 or more") }
            if let maxLength = field.maxLength, maxLength < 1 { error("\(path).max_length", "max_length must be 1 or more") }
            if let maxLength = field.maxLength, field.type == .string, maxLength > 10_485_760 {
                error("\(path).max_length", "a string holds at most 10485760 characters (varchar); use text")
            }
            if let minLength = field.minLength, let maxLength = field.maxLength, minLength > maxLength {
                error("\(path).min_length", "min_length \(minLength) is greater than max_length \(maxLength)")
            }
            if case .decimal(let precision, let scale) = field.type {
                if !(1...1000).contains(precision) { error("\(path).precision", "precision must be between 1 and 1000, found \(precision)") }
                if scale < 0 || scale > precision { error("\(path).scale", "scale must be between 0 and the precision (\(precision)), found \(scale)") }
            }
            if case .enumeration(let values) = field.type {
                if values.isEmpty { error("\(path).values", "an enum needs at least one value") }
                for value in Set(values) where values.filter({ $0 == value }).count > 1 {
                    error("\(path).values", "the value \"\(value)\" is listed twice")
                }
                for value in values where value.isEmpty { error("\(path).values", "enum values cannot be empty") }
            }
            if let pattern = field.pattern {
                do {
                    _ = try NSRegularExpression(pattern: pattern)
                } catch {
                    self.error("\(path).pattern", "the pattern \(pattern) does not compile as a regular expression")
                }
            }
        }

        mutating func checkDefault(_ field: Field, path: String) {
            guard let value = field.defaultValue else { return }
            let at = "\(path).default"
            switch (value, field.type) {
            case (.now, .date), (.now, .datetime), (.randomUUID, .uuid), (.bool, .bool):
                break
            case (.number(let text), .int), (.number(let text), .bigint):
                if Int64(text) == nil { error(at, "the default \(text) is not a whole number") }
            case (.number, .decimal):
                break
            case (.string(let text), .enumeration(let values)):
                if !values.contains(text) { error(at, "the default \"\(text)\" is not one of the values \(values.joined(separator: ", "))") }
            case (.string(let text), .string), (.string(let text), .text):
                if let maxLength = field.maxLength, text.count > maxLength { error(at, "the default is longer than max_length \(maxLength)") }
            case (.string(let text), .json):
                if (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) == nil {
                    error(at, "the default of a json field must be JSON text, such as \"{}\" or \"[]\"")
                }
            case (.string(let text), .date):
                if !Self.matches(try! NSRegularExpression(pattern: #"^\d{4}-\d{2}-\d{2}$"#), text) { error(at, "expected now or a date YYYY-MM-DD") }
            case (.string, .datetime):
                break
            case (.string(let text), .uuid):
                if UUID(uuidString: text) == nil { error(at, "expected random or a UUID") }
            default:
                error(at, "this default does not fit the type \(field.type.name)")
            }
        }

        mutating func checkReference(_ reference: Reference, of field: Field, path: String) {
            guard let target = model.entity(named: reference.entity) else {
                let names = model.entities.map(\.name)
                error("\(path).references", "unknown entity \(reference.entity)\(Self.hint(reference.entity, in: names)); expected one of \(names.joined(separator: ", "))")
                return
            }
            if let key = target.primaryKey, key.type != field.type, !(field.type == .bigint && key.type == .int) {
                error("\(path).type", "\(field.name) references \(target.name), whose primary key \(key.name) is \(key.type.name); give it type: \(key.type.name)")
            }
            if reference.onDelete == .setNull, field.required {
                error("\(path).on_delete", "on_delete: set-null needs a field that may be empty; remove required: true or choose restrict or cascade")
            }
        }

        mutating func checkIndexes(_ entity: Entity) {
            for (position, index) in entity.indexes.enumerated() {
                let path = "\(entity.name).indexes[\(position)]"
                if index.fields.isEmpty { error(path, "an index needs at least one field") }
                for name in index.fields where entity.field(named: name) == nil {
                    error(path, "the index names the unknown field \(name)\(Self.hint(name, in: entity.fields.map(\.name)))")
                }
            }
        }

        mutating func checkRelations(_ entity: Entity) {
            for relation in entity.manyToMany {
                let path = "\(entity.name).many_to_many.\(relation.name)"
                if model.entity(named: relation.entity) == nil {
                    let names = model.entities.map(\.name)
                    error(path, "unknown entity \(relation.entity)\(Self.hint(relation.entity, in: names)); expected one of \(names.joined(separator: ", "))")
                }
                if entity.field(named: relation.name) != nil {
                    error(path, "the relation \(relation.name) has the name of a field of \(entity.name); rename one")
                }
            }
            for field in entity.fields where field.reference != nil {
                let name = field.reference!.name
                if name != field.name, entity.field(named: name) != nil {
                    error("\(entity.name).fields.\(field.name).as", "the relation name \(name) is also a field of \(entity.name); set as: to another name")
                }
            }
        }

        mutating func checkAPI(_ entity: Entity) {
            let api = entity.api
            let path = "\(entity.name).api"
            if api.defaultPageSize < 1 { error("\(path).page_size", "page_size must be 1 or more, found \(api.defaultPageSize)") }
            if api.maxPageSize < api.defaultPageSize {
                error("\(path).max_page_size", "max_page_size \(api.maxPageSize) is smaller than page_size \(api.defaultPageSize)")
            }
            if api.maxPageSize > ModelValidator.largestPageSize {
                error("\(path).max_page_size", "max_page_size is at most \(ModelValidator.largestPageSize), found \(api.maxPageSize)")
            }
            let names = entity.fields.map(\.name)
            for (index, name) in api.filterable.enumerated() {
                guard let field = entity.field(named: name) else {
                    error("\(path).filter[\(index)]", "unknown field \(name)\(Self.hint(name, in: names)); expected a field of \(entity.name)")
                    continue
                }
                if field.type == .json { error("\(path).filter[\(index)]", "\(name) is json; json fields cannot be filtered") }
                if field.writeOnly { error("\(path).filter[\(index)]", "\(name) is write_only; filtering by it would reveal it") }
            }
            for (index, name) in api.sortable.enumerated() {
                guard let field = entity.field(named: name) else {
                    error("\(path).sort[\(index)]", "unknown field \(name)\(Self.hint(name, in: names)); expected a field of \(entity.name)")
                    continue
                }
                if !field.type.isOrdered { error("\(path).sort[\(index)]", "\(name) is \(field.type.name), which has no order; sort by int, bigint, decimal, string, text, date, datetime or uuid") }
                if field.writeOnly { error("\(path).sort[\(index)]", "\(name) is write_only; sorting by it would reveal it") }
            }
            if api.operations.isEmpty { warning("\(path).operations", "\(entity.name) exposes no operations; it gets a table but no routes") }
        }

        mutating func checkAccess(_ entity: Entity) {
            let access = entity.access
            let path = "\(entity.name).access"
            let names = entity.fields.map(\.name)
            for (key, name) in [("owner", access.ownerField), ("tenant", access.tenantField)] {
                guard let name else { continue }
                guard let field = entity.field(named: name) else {
                    error("\(path).\(key)", "unknown field \(name)\(Self.hint(name, in: names)); the \(key) field must be a field of \(entity.name)")
                    continue
                }
                if field.type != .string, field.type != .text {
                    error("\(path).\(key)", "the \(key) field \(name) is \(field.type.name); it holds the caller's \(key == "owner" ? "sub" : "tenant") claim, so it must be string")
                }
            }
            if access.ownerField != nil, access.ownerField == access.tenantField {
                error("\(path).tenant", "the owner and tenant fields must differ")
            }
            var seen: Set<String> = []
            for grant in access.grants {
                let at = "\(path).grants.\(grant.role)"
                if !model.roles.contains(grant.role) {
                    error(at, "unknown role \(grant.role)\(Self.hint(grant.role, in: model.roles)); declare it under roles: (\(model.roles.joined(separator: ", ")))")
                }
                if !seen.insert(grant.role).inserted { error(at, "the role \(grant.role) has two grants") }
                if grant.scope == .owner, access.ownerField == nil { error(at, "scope owner needs access.owner: the field holding the owner's sub") }
                if grant.scope == .tenant, access.tenantField == nil { error(at, "scope tenant needs access.tenant: the field holding the tenant") }
                if grant.actions.isEmpty { warning(at, "the grant to \(grant.role) lists no actions") }
                let unserved = grant.actions.subtracting(entity.api.operations).sorted()
                // The implicit admin grant covers every action whatever the API serves; only written grants are worth a warning.
                if !unserved.isEmpty, access != .adminOnly {
                    warning(at, "grants \(unserved.map(\.rawValue).joined(separator: ", ")) but api.operations does not expose \(unserved.count == 1 ? "it" : "them")")
                }
            }
            if access.grants.isEmpty { warning(path, "no role has a grant on \(entity.name): every request is denied") }
            for rule in access.fieldVisibility {
                let at = "\(path).fields.\(rule.field)"
                if entity.field(named: rule.field) == nil { error(at, "unknown field \(rule.field)\(Self.hint(rule.field, in: names))") }
                if entity.primaryKey?.name == rule.field { error(at, "the primary key is always visible") }
                for role in rule.roles where !model.roles.contains(role) {
                    error(at, "unknown role \(role)\(Self.hint(role, in: model.roles)); declare it under roles:")
                }
            }
        }

        /// "; did you mean X?" when a known name is close.
        static func hint(_ name: String, in candidates: [String]) -> String {
            CloseMatches.hint(name, in: candidates)
        }
    }
}
