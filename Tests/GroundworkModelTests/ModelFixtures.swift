import Foundation
import GroundworkModel

/// Paths of the fixtures and helpers shared by the model tests.
enum ModelFixtures {
    /// This folder's Fixtures/.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    /// The repository's root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func path(_ name: String) -> String { folder + "/" + name }

    /// docs/examples/shop.model.yaml, the model every stack generates.
    static var shopPath: String { root + "/docs/examples/shop.model.yaml" }

    static func shop() throws -> DataModel { try ModelLoader.load(path: shopPath, shownAs: "shop.model.yaml").model }

    /// The model with what only the model file can say taken out (API, access, read/write-only, relation
    /// names, lines): what DBML and DDL carry.
    static func schemaOnly(_ model: DataModel) -> DataModel {
        var model = model.normalized()
        model.roles = [DataModel.adminRole]
        for entity in model.entities.indices {
            model.entities[entity].api = EntityAPI()
            model.entities[entity].access = .adminOnly
            model.entities[entity].line = nil
            for field in model.entities[entity].fields.indices {
                model.entities[entity].fields[field].readOnly = false
                model.entities[entity].fields[field].writeOnly = false
                model.entities[entity].fields[field].line = nil
                let name = model.entities[entity].fields[field].name
                model.entities[entity].fields[field].reference?.name = ModelNaming.relationName(forField: name)
            }
            for relation in model.entities[entity].manyToMany.indices { model.entities[entity].manyToMany[relation].line = nil }
            // Single-column indexes the DDL writer adds by itself (owner, tenant) read back as declared ones.
            model.entities[entity].indexes.removeAll { $0.fields.count == 1 && !$0.unique && $0.name == nil }
        }
        return model.normalized()
    }

    /// What differs between two models, entity by entity and field by field, for readable failures.
    static func differences(_ left: DataModel, _ right: DataModel) -> [String] {
        var result: [String] = []
        if left.name != right.name { result.append("name \(left.name) ≠ \(right.name)") }
        if left.roles != right.roles { result.append("roles \(left.roles) ≠ \(right.roles)") }
        if left.entities.map(\.name) != right.entities.map(\.name) { result.append("entities \(left.entities.map(\.name)) ≠ \(right.entities.map(\.name))") }
        for entity in left.entities {
            guard let other = right.entity(named: entity.name), other != entity else { continue }
            if entity.fields.map(\.name) != other.fields.map(\.name) { result.append("\(entity.name) fields \(entity.fields.map(\.name)) ≠ \(other.fields.map(\.name))") }
            for field in entity.fields {
                if let match = other.field(named: field.name), match != field { result.append("\(entity.name).\(field.name): \(field) ≠ \(match)") }
            }
            if entity.indexes != other.indexes { result.append("\(entity.name) indexes \(entity.indexes) ≠ \(other.indexes)") }
            if entity.manyToMany != other.manyToMany { result.append("\(entity.name) many-to-many \(entity.manyToMany) ≠ \(other.manyToMany)") }
            if entity.api != other.api { result.append("\(entity.name) api") }
            if entity.access != other.access { result.append("\(entity.name) access") }
            if (entity.table, entity.timestamps, entity.softDelete, entity.line) != (other.table, other.timestamps, other.softDelete, other.line) {
                result.append("\(entity.name) table/timestamps/soft delete/line")
            }
        }
        return result
    }

    /// The model without source lines, for comparing models read from different files.
    static func withoutLines(_ model: DataModel) -> DataModel {
        var model = model
        for entity in model.entities.indices {
            model.entities[entity].line = nil
            for field in model.entities[entity].fields.indices { model.entities[entity].fields[field].line = nil }
            for relation in model.entities[entity].manyToMany.indices { model.entities[entity].manyToMany[relation].line = nil }
        }
        return model
    }

    /// Reads a model file given as text, returning the error lines (empty when it is valid).
    static func problems(_ yaml: String, file: String = "m.yaml") -> [String] {
        do {
            _ = try ModelLoader.load(text: yaml, format: .yaml, file: file, name: "m")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }
}
