/// The facts of one field (`field.*` in docs/generation.md).
enum FieldFacts {
    static func facts(_ field: Field, of entity: Entity, in model: DataModel) -> [String: JSONNode] {
        let names = NameCase(field.name)
        var facts: [String: JSONNode] = [
            "name": .string(field.name),
            "pascal": .string(names.pascal),
            "camel": .string(names.camel),
            "snake": .string(names.snake),
            "go_name": .string(names.goName),
            "py_name": .string(FieldFacts.pythonKeywords.contains(field.name) ? field.name + "_" : ""),
            "type": .string(field.type.name),
            "sql_type": .string(field.sqlType),
            "py_type": .string(field.pythonType),
            "ts_type": .string(field.typeScriptType),
            "go_type": .string(field.goType),
            "swift_type": .string(field.swiftType),
            "json_schema": .string(field.jsonSchema.compact),
            "json_schema_nullable": .string(field.nullableJSONSchema.compact),
            "required": .bool(field.required),
            "unique": .bool(field.unique),
            "primary_key": .bool(field.primaryKey),
            "read_only": .bool(entity.isReadOnly(field)),
            "write_only": .bool(field.writeOnly),
            "writable": .bool(!entity.isReadOnly(field)),
            "nullable": .bool(!field.required && !field.primaryKey),
            "always_present": .bool(entity.isAlwaysPresent(field)),
            "identity": .bool(field.primaryKey && (field.type == .int || field.type == .bigint) && field.defaultValue == nil),
            "has_default": .bool(field.defaultValue != nil),
            "default_sql": .string(field.defaultSQL ?? ""),
            "default_json": .string(field.defaultJSON ?? ""),
            "is_owner": .bool(entity.isOwner(field)),
            "is_tenant": .bool(entity.isTenant(field)),
            "is_timestamp": .bool(entity.isTimestamp(field)),
            "is_deleted_at": .bool(entity.isSoftDeleteMarker(field)),
            "visible_to": .array(entity.visibleTo(field).map { .object(["name": .string($0)]) }),
            "restricted": .bool(!entity.visibleTo(field).isEmpty),
            "note": .string(field.note ?? ""),
        ]
        for (flag, holds) in typeFlags(field.type) { facts[flag] = .bool(holds) }
        facts["has_min"] = .bool(field.minimum != nil)
        facts["min"] = .string(field.minimum.map(ModelNumber.text) ?? "")
        facts["has_max"] = .bool(field.maximum != nil)
        facts["max"] = .string(field.maximum.map(ModelNumber.text) ?? "")
        let maxLength = field.maxLength ?? (field.type == .string ? 255 : nil)
        facts["has_min_length"] = .bool(field.minLength != nil)
        facts["min_length"] = .string(field.minLength.map(String.init) ?? "")
        facts["has_max_length"] = .bool(maxLength != nil)
        facts["max_length"] = .string(maxLength.map(String.init) ?? "")
        facts["has_pattern"] = .bool(field.pattern != nil)
        facts["pattern"] = .string(field.pattern ?? "")
        facts["pattern_json"] = .string(field.pattern.map(JSONNode.quoted) ?? "")
        if case .decimal(let precision, let scale) = field.type {
            facts["precision"] = .int(precision)
            facts["scale"] = .int(scale)
        }
        var values: [JSONNode] = []
        if case .enumeration(let cases) = field.type {
            values = cases.map { value in
                let name = NameCase(value)
                return .object(["value": .string(value), "pascal": .string(name.pascal), "upper": .string(name.upperSnake)])
            }
        }
        facts["enum_values"] = ModelFacts.positioned(values)
        facts["is_reference"] = .bool(field.reference != nil)
        if let reference = field.reference {
            let target = model.entity(named: reference.entity)
            let targetNames = NameCase(reference.entity)
            facts["ref_entity"] = .string(reference.entity)
            facts["ref_entity_pascal"] = .string(targetNames.pascal)
            facts["ref_entity_snake"] = .string(targetNames.snake)
            facts["ref_table"] = .string(target?.table ?? ModelNaming.table(forEntity: reference.entity))
            facts["ref_column"] = .string(target?.servicePrimaryKey.name ?? "id")
            facts["ref_name"] = .string(reference.name)
            facts["ref_pascal"] = .string(NameCase(reference.name).pascal)
            facts["ref_camel"] = .string(NameCase(reference.name).camel)
            facts["on_delete"] = .string(reference.onDelete.rawValue)
            facts["on_delete_sql"] = .string(PostgresDDLWriter.onDeleteClause(reference.onDelete))
        } else {
            for key in ["ref_entity", "ref_entity_pascal", "ref_entity_snake", "ref_table", "ref_column", "ref_name", "ref_pascal", "ref_camel", "on_delete", "on_delete_sql"] {
                facts[key] = .string("")
            }
        }
        return facts
    }

    /// Names a Python attribute cannot take: keywords, and what SQLAlchemy's declarative base reserves.
    static let pythonKeywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "metadata", "registry",
    ]

    /// `is_<type>` for the type, and the families (`is_textual`…).
    static func typeFlags(_ type: FieldType) -> [String: Bool] {
        var flags: [String: Bool] = [:]
        for name in ["string", "text", "int", "bigint", "decimal", "bool", "date", "datetime", "uuid", "enum", "json"] {
            flags["is_" + name] = type.name == name
        }
        flags["is_textual"] = type == .string || type == .text
        flags["is_integer"] = type == .int || type == .bigint
        flags["is_numeric"] = flags["is_integer"]! || type.name == "decimal"
        flags["is_temporal"] = type == .date || type == .datetime
        flags["is_ordered"] = type.isOrdered
        return flags
    }
}
