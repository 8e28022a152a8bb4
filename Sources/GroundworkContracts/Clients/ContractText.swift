import Foundation
import OpenAPIKit

/// A contract re-encoded as JSON (3.1), for clients that ship it (swift-openapi-generator reads it).
enum ContractText {
    static func canonicalJSON(_ contract: Contract) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(contract.document) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
