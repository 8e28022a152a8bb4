import ArgumentParser
import Foundation
import GroundworkModel

/// `groundwork model facts FILE [--entity NAME]`: the facts a brick's templates see for a model, as JSON
/// (docs/generation.md) — to write and debug templates.
struct ModelFactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Print the template facts of a model as JSON (model.*, and entity.* with --entity).",
        discussion: "Every key is printed, empty text as \"\"; in templates empty text is absent. Exit codes: 0 printed, 64 bad model or entity."
    )

    @Argument(help: "The model: a .yaml model file, a .dbml file or a .sql DDL file.")
    var file: String

    @Option(help: "Also print the facts of this entity as `entity`, as a file rendered `each: entity` sees them.")
    var entity: String?

    func run() throws {
        let model = try ModelLoader.load(path: file).model
        if let entity, model.entity(named: entity) == nil {
            throw ValidationError("--entity \(entity): no such entity in \(file); entities: \(model.entities.map(\.name).joined(separator: ", "))")
        }
        Terminal.standardOutput.write(JSONNode.object(ModelFacts.context(model, entity: entity)).pretty)
    }
}
