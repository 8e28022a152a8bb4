import Foundation
import GroundworkBricks
import GroundworkModel

extension ModelInput {
    /// Reads `--model FILE` through the model readers (a `.yaml` model file, `.dbml` or `.sql` DDL).
    static func load(_ path: String) throws -> ModelInput {
        let loaded = try ModelLoader.load(path: path)
        for warning in loaded.warnings { Terminal.standardError.write("warning: \(warning)\n") }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return ModelInput(model: loaded.model, text: text, sourcePath: path)
    }
}
