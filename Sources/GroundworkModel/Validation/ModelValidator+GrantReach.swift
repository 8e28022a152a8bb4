extension ModelValidator.Checker {
    /// Grants that cannot work as written: an operation the API serves that no role may use (every call is
    /// 403), and a create granted to a role that cannot read the row a required reference must name (the
    /// service refuses a reference to a row the caller cannot see, so every create of that role is a 400).
    /// Both are legal models, so they are warnings; the generated tests of such an entity cannot succeed.
    mutating func checkGrantReach(_ entity: Entity) {
        let access = entity.access
        guard !access.grants.isEmpty else { return } // already a warning: every request is denied
        let granted = access.grants.reduce(into: Set<Action>()) { $0.formUnion($1.actions) }
        let ungranted = entity.api.operations.subtracting(granted).sorted()
        if !ungranted.isEmpty {
            let names = ungranted.map(\.rawValue).joined(separator: ", ")
            let them = ungranted.count == 1 ? "it" : "them"
            warning(
                "\(entity.name).access",
                "api.operations exposes \(names) but no role is granted \(them): every such request answers 403; grant \(them) or remove \(them) from api.operations"
            )
        }
        for grant in access.grants where grant.actions.contains(.create) {
            for (field, target) in model.unreadableRequiredReferences(of: entity, for: grant.role) {
                warning(
                    "\(entity.name).access.grants.\(grant.role)",
                    "\(grant.role) may create \(entity.name) but cannot read \(target.name), which the required field \(field.name) references: every create of \(grant.role) is refused; grant \(grant.role) read on \(target.name)"
                )
            }
        }
    }
}
