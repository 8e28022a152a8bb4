import ArgumentParser
import GroundworkModel
import GroundworkModelPostgres

/// `groundwork model import SOURCE [--output model.yaml]`: DBML, DDL or a live database as a model file,
/// listing every construct that could not be carried over.
struct ModelImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn DBML, PostgreSQL DDL or a live database into a model file; list what cannot be carried over."
    )

    @OptionGroup var input: ModelSourceOptions

    @Option(help: "Write the model file here instead of standard output.")
    var output: String?

    func run() async throws {
        let loaded = try await input.load()
        ModelOutput.printWarnings(loaded.warnings)
        let source = PostgresConnectionURL.isURL(input.source) ? (try? PostgresConnectionURL(input.source).redacted) ?? "a database" : input.source
        let header = "Imported by groundwork from \(source).\nAccess defaults to admin only: add roles and grants (docs/model.md)."
        try ModelOutput.write(ModelFileWriter.write(loaded.model, header: header), to: output)
        if !loaded.warnings.isEmpty {
            Terminal.standardError.write("\(loaded.warnings.count) construct\(loaded.warnings.count == 1 ? "" : "s") not carried over or changed (listed above)\n")
        }
    }
}
