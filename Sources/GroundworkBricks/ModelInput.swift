import Foundation
import GroundworkModel

/// A model given on the command line (`--model FILE`): its values, and the file kept in the repository as
/// the service's model (`.groundwork/model.yaml`, or `.dbml` / `.sql` when that is what was given).
package struct ModelInput: Sendable {
    package var model: DataModel
    /// The model file's text, kept as written.
    package var text: String
    /// Where it goes in the repository (one of `ServiceModel.paths`).
    package var path: String

    /// `sourcePath`'s extension picks the destination: `.dbml` and `.sql` stay what they are; anything else is a model file.
    package init(model: DataModel, text: String, sourcePath: String) {
        self.model = model
        self.text = text
        let lowered = sourcePath.lowercased()
        if lowered.hasSuffix(".dbml") {
            path = ServiceModel.paths[1]
        } else if lowered.hasSuffix(".sql") || lowered.hasSuffix(".ddl") {
            path = ServiceModel.paths[2]
        } else {
            path = ServiceModel.paths[0]
        }
    }
}
