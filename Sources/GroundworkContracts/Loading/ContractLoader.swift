import Foundation
import OpenAPIKit
import OpenAPIKit30
import OpenAPIKitCompat
import Yams

/// Reads OpenAPI 3.0 and 3.1 documents (JSON or YAML) with OpenAPIKit, and checks every `$ref` resolves.
package enum ContractLoader {
    /// Contracts larger than this are refused rather than read into memory.
    package static let maximumBytes = 32 * 1024 * 1024

    /// Reads and decodes the file at `path`.
    package static func load(path: String) throws(ContractError) -> Contract {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw ContractError(.unreadable, file: path, "no such file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ContractError(.unreadable, file: path, "cannot be read: \(error.localizedDescription)")
        }
        guard data.count <= maximumBytes else {
            throw ContractError(.unreadable, file: path, "is \(data.count) bytes; contracts over \(maximumBytes) bytes are not read")
        }
        return try decode(data, file: path)
    }

    /// Decodes a contract's bytes; `file` names it in errors.
    package static func decode(_ data: Data, file: String) throws(ContractError) -> Contract {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ContractError(.syntax, file: file, "is not UTF-8 text")
        }
        let looksLikeJSON = text.drop { $0.isWhitespace }.first == "{"
        let version = try declaredVersion(text, json: looksLikeJSON, file: file)
        let document: OpenAPIKit.OpenAPI.Document
        do {
            if version.hasPrefix("3.0") {
                let old: OpenAPIKit30.OpenAPI.Document = try decodeDocument(text, json: looksLikeJSON)
                document = old.convert(to: .v3_1_0)
            } else if version.hasPrefix("3.1") || version.hasPrefix("3.2") {
                document = try decodeDocument(text, json: looksLikeJSON)
            } else {
                throw ContractError(.invalid, file: file, path: "$.openapi", "version \(version) is not supported; expected 3.0.x or 3.1.x")
            }
        } catch let error as ContractError {
            throw error
        } catch {
            let openAPIError = OpenAPIKit.OpenAPI.Error(from: error)
            throw ContractError(.invalid, file: file, path: jsonPath(openAPIError.codingPath), openAPIError.localizedDescription)
        }
        try ReferenceChecker(document: document, file: file).check()
        return Contract(file: file, declaredVersion: version, document: document)
    }

    /// Decodes with Yams for JSON too: Foundation's JSONDecoder forgets the order of an object's keys, and
    /// generated clients follow the document's order (paths, schemas, properties), so decoding JSON with it
    /// would make every generation come out in a different order. JSON is YAML's flow style; JSON text
    /// libyaml reads differently (an exponent without a sign, duplicate keys) is decoded with JSONDecoder,
    /// whose errors are then the ones reported (order then is not the document's).
    private static func decodeDocument<Document: Decodable>(_ text: String, json: Bool) throws -> Document {
        guard json else { return try YAMLDecoder().decode(Document.self, from: text) }
        if let ordered = try? YAMLDecoder().decode(Document.self, from: text) { return ordered }
        return try JSONDecoder().decode(Document.self, from: Data(text.utf8))
    }

    /// The `openapi` field, read before decoding so a 3.0 document is decoded by the 3.0 model.
    private static func declaredVersion(_ text: String, json: Bool, file: String) throws(ContractError) -> String {
        let root: Any?
        do {
            root = json ? try JSONSerialization.jsonObject(with: Data(text.utf8)) : try Yams.load(yaml: text)
        } catch {
            throw ContractError(.syntax, file: file, "is not valid \(json ? "JSON" : "YAML"): \(error)")
        }
        guard let mapping = root as? [String: Any] else {
            throw ContractError(.invalid, file: file, path: "$", "expected an OpenAPI document (a mapping with an `openapi` field)")
        }
        if let version = mapping["openapi"] as? String { return version }
        if mapping["swagger"] != nil {
            throw ContractError(.invalid, file: file, path: "$.swagger", "Swagger 2.0 is not supported; convert it to OpenAPI 3 first")
        }
        throw ContractError(.invalid, file: file, path: "$.openapi", "missing; expected the OpenAPI version, e.g. 3.1.0")
    }

    /// A coding path as `$.paths./orders.get`.
    static func jsonPath(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce("$") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path + "." + key.stringValue
        }
    }
}
