import Foundation
import GroundworkFormats

/// The one way to get a model from a file: read it in its format, normalize it, validate it.
///
/// `*.yaml`/`*.yml` is a model file, `*.dbml` DBML, `*.sql` PostgreSQL DDL. Every reader's result goes
/// through `DataModel.normalized()` and `ModelValidator`, so every consumer sees the same model.
package enum ModelLoader {
    /// A model read from a source, with what could not be carried over and what validation noticed.
    package struct Loaded: Sendable {
        package var model: DataModel
        package var sources: ModelSourceMap
        /// Constructs the source held that the model cannot express, and validation warnings.
        package var warnings: [ModelDiagnostic]
    }

    /// The formats a model can be read from.
    package enum Format: String, Sendable, CaseIterable {
        case yaml, dbml, ddl

        /// The format of a file, from its extension; nil when it has none of the known ones.
        package static func of(path: String) -> Format? {
            let lowered = path.lowercased()
            if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { return .yaml }
            if lowered.hasSuffix(".dbml") { return .dbml }
            if lowered.hasSuffix(".sql") || lowered.hasSuffix(".ddl") { return .ddl }
            return nil
        }
    }

    /// Reads, normalizes and validates the model in the file at `path` (shown as `shownAs` in messages).
    package static func load(path: String, shownAs: String? = nil, name: String? = nil) throws(ModelError) -> Loaded {
        let file = shownAs ?? path
        guard let format = Format.of(path: path) else {
            throw ModelError(file: file, line: nil, "unknown model format; expected a .yaml model file, a .dbml file or a .sql DDL file")
        }
        let text = try readText(path, shownAs: file)
        let modelName = name ?? defaultName(forPath: path)
        return try load(text: text, format: format, file: file, name: modelName)
    }

    /// Reads, normalizes and validates a model given as text.
    package static func load(text: String, format: Format, file: String, name: String) throws(ModelError) -> Loaded {
        let read: (DataModel, ModelSourceMap, [ModelDiagnostic])
        switch format {
        case .yaml:
            let result = try ModelFileReader.read(text, file: file)
            read = (result.model, result.sources, [])
        case .dbml:
            let result = try DBMLReader.read(text, file: file, name: name)
            read = (result.model, result.sources, result.warnings)
        case .ddl:
            let result = try DDLReader.read(text, file: file, name: name)
            read = (result.model, result.sources, result.warnings)
        }
        return try validated(read.0, sources: read.1, warnings: read.2)
    }

    /// Normalizes and validates a model read by any reader (the live database reader uses it too).
    package static func validated(_ model: DataModel, sources: ModelSourceMap, warnings: [ModelDiagnostic]) throws(ModelError) -> Loaded {
        let normalized = model.normalized()
        let result = ModelValidator.validate(normalized, sources: sources)
        guard result.errors.isEmpty else { throw ModelError(result.errors) }
        return Loaded(model: normalized, sources: sources, warnings: warnings + result.warnings)
    }

    /// A model name from a file name: `Orders DB.dbml` → `orders-db`.
    package static func defaultName(forPath path: String) -> String {
        var base = (path as NSString).lastPathComponent
        for suffix in [".model.yaml", ".model.yml", ".yaml", ".yml", ".dbml", ".sql", ".ddl"] where base.lowercased().hasSuffix(suffix) {
            base = String(base.dropLast(suffix.count))
            break
        }
        return ModelNaming.modelName(base)
    }

    /// The UTF-8 text of the regular file at `path` (the shared reader refuses folders, devices, huge files, non-UTF-8).
    static func readText(_ path: String, shownAs file: String) throws(ModelError) -> String {
        do {
            return try StrictYAMLReader(file: file).text(atPath: path)
        } catch {
            throw ModelError(file: error.file, line: error.line, error.message)
        }
    }
}
