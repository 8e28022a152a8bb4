import ArgumentParser
import GroundworkModel

/// `groundwork model check SOURCE`: reads and validates a model; errors exit 64 naming file:line.
struct ModelCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a model; print its warnings. Exit 64 with file:line on errors."
    )

    @OptionGroup var input: ModelSourceOptions

    func run() async throws {
        let loaded = try await input.load()
        ModelOutput.printWarnings(loaded.warnings)
        let model = loaded.model
        let relations = model.entities.reduce(0) { $0 + $1.fields.filter { $0.reference != nil }.count } + model.joinTables.count
        let warnings = loaded.warnings.isEmpty ? "" : ", \(loaded.warnings.count) warning\(loaded.warnings.count == 1 ? "" : "s")"
        Terminal.standardOutput.write("\(input.source): ok — model \(model.name), \(model.entities.count) entities, \(relations) relations\(warnings)\n")
    }
}
