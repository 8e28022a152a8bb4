/// Who may do what with an entity, and which rows they see (docs/model.md, "Access").
///
/// Row rules are applied inside the database query, so lists, counts and pagination stay right.
package struct EntityAccess: Sendable, Hashable, Codable {
    /// The field that holds the subject (`sub` claim) of the row's owner; set from the caller on create.
    package var ownerField: String?
    /// The field that holds the row's tenant (`tenant` claim); set from the caller on create.
    package var tenantField: String?
    /// Grants per role. A role with no grant is denied every action (403).
    package var grants: [Grant]
    /// Fields only some roles may read; everyone else gets responses without them.
    package var fieldVisibility: [FieldVisibility]

    package init(ownerField: String? = nil, tenantField: String? = nil, grants: [Grant], fieldVisibility: [FieldVisibility] = []) {
        self.ownerField = ownerField
        self.tenantField = tenantField
        self.grants = grants
        self.fieldVisibility = fieldVisibility
    }

    /// Secure by default: every action to `admin`, with no row rule; every other caller is denied.
    package static let adminOnly = EntityAccess(grants: [Grant(role: DataModel.adminRole, actions: Set(Action.allCases), scope: .all)])
}

/// Actions one role may take on an entity, and the rows it may take them on.
package struct Grant: Sendable, Hashable, Codable {
    package var role: String
    package var actions: Set<Action>
    package var scope: RowScope

    package init(role: String, actions: Set<Action>, scope: RowScope) {
        self.role = role
        self.actions = actions
        self.scope = scope
    }
}

/// The rows a grant reaches. Outside them a row does not exist for the caller (404).
package enum RowScope: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every row.
    case all
    /// Rows whose tenant field equals the caller's `tenant` claim.
    case tenant
    /// Rows whose owner field equals the caller's `sub` (and, when the entity has a tenant field, in the caller's tenant).
    case owner
}

/// A field only the listed roles may read.
package struct FieldVisibility: Sendable, Hashable, Codable {
    package var field: String
    package var roles: [String]

    package init(field: String, roles: [String]) {
        self.field = field
        self.roles = roles
    }
}
