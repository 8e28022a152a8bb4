/// A data model: the entities of one service, their fields, relations and access rules (docs/model.md).
///
/// Values only. Readers (the model file, DBML, PostgreSQL DDL, a live database) produce it; writers
/// (DBML, DDL, the diagram, OpenAPI, migrations) and the brick engine's templates consume it.
package struct DataModel: Sendable, Hashable, Codable {
    /// The model's name (the service it describes), `[a-z][a-z0-9_-]*`.
    package var name: String
    /// Every role the model knows. `admin` is always one of them.
    package var roles: [String]
    /// Entities in declaration order; their names are unique.
    package var entities: [Entity]

    package init(name: String, roles: [String] = ["admin"], entities: [Entity] = []) {
        self.name = name
        self.roles = roles.contains(DataModel.adminRole) ? roles : [DataModel.adminRole] + roles
        self.entities = entities
    }

    /// The role that holds every action on an entity that declares no access rules (secure by default).
    package static let adminRole = "admin"

    /// The entity named `name`, if any.
    package func entity(named name: String) -> Entity? { entities.first { $0.name == name } }
}
