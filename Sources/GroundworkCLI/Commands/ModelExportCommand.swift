import ArgumentParser
import GroundworkModel

/// `groundwork model export SOURCE --format dbml|ddl|diagram|yaml [--output F]`.
struct ModelExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a model as DBML, PostgreSQL DDL, an HTML entity-relationship diagram or a model file."
    )

    /// The formats a model is written in.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dbml, ddl, diagram, yaml
    }

    @OptionGroup var input: ModelSourceOptions

    @Option(help: "dbml, ddl, diagram (one HTML page with an SVG) or yaml.")
    var format: Format

    @Option(help: "Write here instead of standard output.")
    var output: String?

    func run() async throws {
        let loaded = try await input.load()
        ModelOutput.printWarnings(loaded.warnings)
        let text =
            switch format {
            case .dbml: DBMLWriter.write(loaded.model)
            case .ddl: PostgresDDLWriter.schema(loaded.model)
            case .diagram: DiagramWriter.write(loaded.model)
            case .yaml: ModelFileWriter.write(loaded.model)
            }
        try ModelOutput.write(text, to: output)
    }
}
