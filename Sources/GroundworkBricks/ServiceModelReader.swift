import GroundworkModel

/// Reads the model file a repository keeps, in the format its extension names, through the model
/// readers (normalized and validated; a problem is a `ModelError` naming the file and line).
enum ServiceModelReader {
    /// `name` is the model's name when the format has none of its own (DBML without a project, DDL).
    static func read(_ text: String, path: String, name: String) throws -> DataModel {
        guard let format = ModelLoader.Format.of(path: path) else {
            throw BrickError(.repository, "not a model file groundwork can read (expected .yaml, .dbml or .sql)", file: path)
        }
        return try ModelLoader.load(text: text, format: format, file: path, name: ModelNaming.modelName(name)).model
    }
}
