import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkModel
import GroundworkModelPostgres

/// `groundwork model`: check, show, import and export data models (docs/model.md).
struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Check, show, import and export data models (model.yaml, DBML, PostgreSQL DDL, a live database).",
        subcommands: [ModelCheckCommand.self, ModelShowCommand.self, ModelImportCommand.self, ModelExportCommand.self, ModelFactsCommand.self]
    )
}

/// Where a model command reads its model: a file (`.yaml`, `.dbml`, `.sql`) or a `postgres://` URL.
struct ModelSourceOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A model file (.yaml), DBML (.dbml), PostgreSQL DDL (.sql) or postgres://USER@HOST/DATABASE.", valueName: "SOURCE"))
    var source: String

    @Option(help: "The database schema to read from a postgres:// source.")
    var schema = "public"

    @Option(help: "The model's name (default: the DBML project, the file or the database name).")
    var name: String?

    /// The model, normalized and validated, with its warnings.
    func load() async throws -> ModelLoader.Loaded {
        if PostgresConnectionURL.isURL(source) {
            return try await LivePostgresReader.load(url: source, schema: schema, name: name)
        }
        return try ModelLoader.load(path: source, name: name)
    }
}

/// Shared output of the model commands.
enum ModelOutput {
    /// Prints each warning on standard error.
    static func printWarnings(_ warnings: [ModelDiagnostic]) {
        for warning in warnings { Terminal.standardError.write("warning: \(warning)\n") }
    }

    /// Writes `text` to `path`, or to standard output when there is none.
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            Terminal.standardOutput.write(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw ModelError(file: path, line: nil, "cannot write the file: \(error.localizedDescription)")
        }
        Terminal.standardError.write("wrote \(path)\n")
    }
}
