/// One field of an entity: a column with its type, constraints and, for a foreign key, its reference.
public struct Field: Sendable, Hashable, Codable {
    /// The field's name, also its column and its JSON property, exactly as written (`customer_id`).
    public var name: String
    public var type: FieldType
    public var primaryKey: Bool
    /// A value must be given on create (and the column is NOT NULL).
    public var required: Bool
    public var unique: Bool
    /// The default as a literal in the model's syntax (`"draft"`, `0`, `true`, `now`), or nil.
    public var defaultValue: FieldDefault?
    /// Numeric bounds (int, bigint, decimal).
    public var minimum: Double?
    public var maximum: Double?
    /// Length bounds in characters (string, text).
    public var minLength: Int?
    public var maxLength: Int?
    /// An ECMA-262 regular expression the whole value must match (string, text).
    public var pattern: String?
    /// A many-to-one relation: this field holds the id of another entity.
    public var reference: Reference?
    /// The service sets it; clients may read it but never write it (`id`, owner and tenant fields…).
    public var readOnly: Bool
    /// Clients may write it but it is never returned (a password hash input, a secret).
    public var writeOnly: Bool
    /// A human description, carried to OpenAPI and DBML notes.
    public var note: String?
    public var line: Int?

    public init(
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
public enum FieldDefault: Sendable, Hashable, Codable {
    case string(String)
    case number(String)
    case bool(Bool)
    /// The current time (datetime) or date (date).
    case now
    /// A new random UUID (uuid).
    case randomUUID
}

/// The entity a many-to-one field points to, and what happens to this row when that one is deleted.
public struct Reference: Sendable, Hashable, Codable {
    /// The referenced entity's name.
    public var entity: String
    /// The name of the relation in the API (`customer` for `customer_id`), used by `?expand=`.
    public var name: String
    public var onDelete: OnDelete

    public init(entity: String, name: String, onDelete: OnDelete = .restrict) {
        self.entity = entity
        self.name = name
        self.onDelete = onDelete
    }
}

/// What happens to referencing rows when the referenced row is deleted.
public enum OnDelete: String, Sendable, Hashable, Codable, CaseIterable {
    case restrict, cascade
    case setNull = "set-null"
}
