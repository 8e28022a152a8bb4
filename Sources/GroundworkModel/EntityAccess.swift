/// Who may do what with an entity, and which rows they see (docs/model.md, "Access").
///
/// Row rules are applied inside the database query, so lists, counts and pagination stay right.
public struct EntityAccess: Sendable, Hashable, Codable {
    /// The field that holds the subject (`sub` claim) of the row's owner; set from the caller on create.
    public var ownerField: String?
    /// The field that holds the row's tenant (`tenant` claim); set from the caller on create.
    public var tenantField: String?
    /// Grants per role. A role with no grant is denied every action (403).
    public var grants: [Grant]
    /// Fields only some roles may read; everyone else gets responses without them.
    public var fieldVisibility: [FieldVisibility]

    public init(ownerField: String? = nil, tenantField: String? = nil, grants: [Grant], fieldVisibility: [FieldVisibility] = []) {
        self.ownerField = ownerField
        self.tenantField = tenantField
        self.grants = grants
        self.fieldVisibility = fieldVisibility
    }

    /// Secure by default: every action to `admin`, with no row rule; every other caller is denied.
    public static let adminOnly = EntityAccess(grants: [Grant(role: DataModel.adminRole, actions: Set(Action.allCases), scope: .all)])
}

/// Actions one role may take on an entity, and the rows it may take them on.
public struct Grant: Sendable, Hashable, Codable {
    public var role: String
    public var actions: Set<Action>
    public var scope: RowScope

    public init(role: String, actions: Set<Action>, scope: RowScope) {
        self.role = role
        self.actions = actions
        self.scope = scope
    }
}

/// The rows a grant reaches. Outside them a row does not exist for the caller (404).
public enum RowScope: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every row.
    case all
    /// Rows whose tenant field equals the caller's `tenant` claim.
    case tenant
    /// Rows whose owner field equals the caller's `sub` (and, when the entity has a tenant field, in the caller's tenant).
    case owner
}

/// A field only the listed roles may read.
public struct FieldVisibility: Sendable, Hashable, Codable {
    public var field: String
    public var roles: [String]

    public init(field: String, roles: [String]) {
        self.field = field
        self.roles = roles
    }
}
