/// The entity as the generated service sees it: the implicit primary key and timestamps made explicit,
/// and the fields sorted into what clients may write and read (docs/model.md, docs/generation.md).
extension Entity {
    /// The names of the timestamp fields added by `timestamps: true`.
    package static let timestampFields = ["created_at", "updated_at"]
    /// The column that marks a soft-deleted row.
    package static let softDeleteField = "deleted_at"

    /// Every column of the service, as `normalized()` gives them: the primary key first, the declared fields,
    /// then `created_at`, `updated_at` and `deleted_at` (a column only: never returned, never written by clients).
    package var serviceFields: [Field] { normalized().fields }

    /// The service's primary key (the declared one, else the implicit `id uuid`).
    package var servicePrimaryKey: Field { serviceFields[0] }

    /// A field the service sets itself: the primary key, owner, tenant and timestamp fields, and `read_only` ones.
    package func isReadOnly(_ field: Field) -> Bool {
        field.readOnly || field.primaryKey || isOwner(field) || isTenant(field) || isTimestamp(field) || isSoftDeleteMarker(field)
    }

    /// The `deleted_at` column of a soft-deleted entity.
    package func isSoftDeleteMarker(_ field: Field) -> Bool { softDelete && field.name == Entity.softDeleteField }

    package func isOwner(_ field: Field) -> Bool { access.ownerField == field.name }
    package func isTenant(_ field: Field) -> Bool { access.tenantField == field.name }
    package func isTimestamp(_ field: Field) -> Bool { timestamps && Entity.timestampFields.contains(field.name) }

    /// Fields a client may send on create and update.
    package var writableFields: [Field] { serviceFields.filter { !isReadOnly($0) } }

    /// Writable fields that must be given on create: required and without a default.
    package var requiredWritableFields: [Field] { writableFields.filter { $0.required && $0.defaultValue == nil } }

    /// Fields returned to clients (all but `write_only` ones and `deleted_at`).
    package var readableFields: [Field] { serviceFields.filter { !$0.writeOnly && !isSoftDeleteMarker($0) } }

    /// Fields always present and never null in a response: the primary key, required fields and timestamps.
    package func isAlwaysPresent(_ field: Field) -> Bool {
        (field.primaryKey || field.required || isTimestamp(field)) && !field.writeOnly && visibleTo(field).isEmpty
    }

    /// The roles that may read `field`; empty when everyone may.
    package func visibleTo(_ field: Field) -> [String] {
        access.fieldVisibility.first { $0.field == field.name }?.roles ?? []
    }
}
