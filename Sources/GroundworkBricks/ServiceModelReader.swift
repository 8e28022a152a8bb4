import GroundworkModel

/// Reads the model file a repository keeps, in the format its extension names.
enum ServiceModelReader {
    static func read(_ text: String, path: String) throws -> DataModel {
        // The model readers land with the model-io work; until then only --model gives a model.
        throw BrickError(.repository, "reading a kept model file needs the model readers; pass --model FILE", file: path)
    }
}
