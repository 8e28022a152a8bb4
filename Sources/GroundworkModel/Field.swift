/// One field of an entity: a column with its type, constraints and, for a foreign key, its reference.
package struct Field: Sendable, Hashable, Codable {
    /// The field's name, also its column and its JSON property, exactly as written (`customer_id`).
    package var name: String
    package var type: FieldType
    package var primaryKey: Bool
    /// A value must be given on create (and the column is NOT NULL).
    package var required: Bool
    package var unique: Bool
    /// The default as a literal in the model's syntax (`"draft"`, `0`, `true`, `now`), or nil.
    package var defaultValue: FieldDefault?
    /// Numeric bounds (int, bigint, decimal).
    package var minimum: Double?
    package var maximum: Double?
    /// Length bounds in characters (string, text).
    package var minLength: Int?
    package var maxLength: Int?
    /// An ECMA-262 regular expression the whole value must match (string, text).
    package var pattern: String?
    /// A many-to-one relation: this field holds the id of another entity.
    package var reference: Reference?
    /// The service sets it; clients may read it but never write it (`id`, owner and tenant fields…).
    package var readOnly: Bool
    /// Clients may write it but it is never returned (a password hash input, a secret).
    package var writeOnly: Bool
    /// A human description, carried to OpenAPI and DBML notes.
    package var note: String?
    package var line: Int?

    package init(
        name: String, type: FieldType, primaryKey: Bool = false, required: Bool = false, unique: Bool = false,
        defaultValue: FieldDefault? = nil, minimum: Double? = nil, maximum: Double? = nil, minLength: Int? = nil,
        maxLength: Int? = nil, pattern: String? = nil, reference: Reference? = nil, readOnly: Bool = false,
        writeOnly: Bool = false, note: String? = nil, line: Int? = nil
    ) {
        self.name = name
        self.type = type
        self.primaryKey = primaryKey
        self.required = required
        self.unique = unique
        self.defaultValue = defaultValue
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.reference = reference
        self.readOnly = readOnly
        self.writeOnly = writeOnly
        self.note = note
        self.line = line
    }
}

/// A field's default value.
package enum FieldDefault: Sendable, Hashable, Codable {
    case string(String)
    case number(String)
    case bool(Bool)
    /// The current time (datetime) or date (date).
    case now
    /// A new random UUID (uuid).
    case randomUUID
}

/// The entity a many-to-one field points to, and what happens to this row when that one is deleted.
package struct Reference: Sendable, Hashable, Codable {
    /// The referenced entity's name.
    package var entity: String
    /// The name of the relation in the API (`customer` for `customer_id`), used by `?expand=`.
    package var name: String
    package var onDelete: OnDelete

    package init(entity: String, name: String, onDelete: OnDelete = .restrict) {
        self.entity = entity
        self.name = name
        self.onDelete = onDelete
    }
}

/// What happens to referencing rows when the referenced row is deleted.
package enum OnDelete: String, Sendable, Hashable, Codable, CaseIterable {
    case restrict, cascade
    case setNull = "set-null"
}
