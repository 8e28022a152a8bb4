import Foundation
import GroundworkContracts
import GroundworkModel

/// The data model a service is generated from, as the brick engine sees it in a repository
/// (docs/bricks.md, "The model"): the model now, the model of the last render, and the migrations
/// already written. Templates see it as `model.*` and `entity.*` facts.
package struct ServiceModel: Sendable {
    /// Where a service keeps its model, the file people edit before `groundwork update`: a model file,
    /// else DBML, else PostgreSQL DDL (the first that exists; `new --model` keeps the format it was given).
    package static let paths = [".groundwork/model.yaml", ".groundwork/model.dbml", ".groundwork/model.sql"]
    /// The usual one, named in messages.
    package static let path = paths[0]
    /// The model as it was at the last render, written by `generate: migrations` and read back to
    /// compute the next migration (JSON, keys sorted, stable byte for byte).
    package static let snapshotPath = ".groundwork/model.lock.json"

    /// The model now (normalized).
    package let model: DataModel
    /// The model of the last render; nil before the first.
    package let recorded: DataModel?
    /// Migration files already in the repository (`…/NNNN_<slug>.sql`), path → content.
    package let migrations: [String: Data]
    let facts: ModelFactsCache

    package init(model: DataModel, recorded: DataModel? = nil, migrations: [String: Data] = [:]) {
        self.model = model.normalized()
        self.recorded = recorded?.normalized()
        self.migrations = migrations
        facts = ModelFactsCache(self.model)
    }

    /// True when the model differs from the one of the last render (or nothing was rendered yet).
    package var changedSinceLastRender: Bool {
        guard let recorded else { return true }
        return !ModelSnapshot.same(recorded, model)
    }

    /// True for a path that looks like a migration: `NNNN_<slug>.sql`, four digits or more.
    package static func isMigration(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let digits = name.prefix { $0.isASCIIDigit }
        return digits.count >= 4 && name.dropFirst(digits.count).hasPrefix("_") && name.hasSuffix(".sql")
    }
}

/// The model's facts converted once to the values Mustache reads, shared by every file of a render.
/// Immutable after init, hence safe to share across threads.
final class ModelFactsCache: @unchecked Sendable {
    let model: Any
    let entities: [String: Any]

    init(_ dataModel: DataModel) {
        model = ModelFacts.facts(dataModel).mustacheValue ?? [:]
        var entities: [String: Any] = [:]
        for (index, entity) in dataModel.entities.enumerated() {
            entities[entity.name] = ModelFacts.entityFacts(entity, index: index, in: dataModel).mustacheValue
        }
        self.entities = entities
    }
}
