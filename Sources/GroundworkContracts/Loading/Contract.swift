import Foundation
import OpenAPIKit

/// An OpenAPI document read from a file, normalised to OpenAPI 3.1 (3.0 documents are converted).
public struct Contract: Sendable {
    /// The file it was read from, as shown in messages.
    public let file: String
    /// The version the file declared (`3.0.3`, `3.1.0`).
    public let declaredVersion: String
    public let document: OpenAPI.Document

    public init(file: String, declaredVersion: String, document: OpenAPI.Document) {
        self.file = file
        self.declaredVersion = declaredVersion
        self.document = document
    }
}
