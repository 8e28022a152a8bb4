import ArgumentParser
import GroundworkModel

/// `groundwork model show SOURCE`: entities, fields, relations, API and the access table.
struct ModelShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Summarise a model: entities, fields, relations, API and who may do what."
    )

    @OptionGroup var input: ModelSourceOptions

    func run() async throws {
        let loaded = try await input.load()
        ModelOutput.printWarnings(loaded.warnings)
        Terminal.standardOutput.write(ModelSummaryWriter.write(loaded.model))
    }
}
