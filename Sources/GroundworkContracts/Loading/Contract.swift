import Foundation
import OpenAPIKit

/// An OpenAPI document read from a file, normalised to OpenAPI 3.1 (3.0 documents are converted).
package struct Contract: Sendable {
    /// The file it was read from, as shown in messages.
    package let file: String
    /// The version the file declared (`3.0.3`, `3.1.0`).
    package let declaredVersion: String
    package let document: OpenAPI.Document

    package init(file: String, declaredVersion: String, document: OpenAPI.Document) {
        self.file = file
        self.declaredVersion = declaredVersion
        self.document = document
    }
}
