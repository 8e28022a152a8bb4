import Foundation
import GroundworkAuditModel

/// The JSON form of an audit report (docs/audit-json.md): the one encoder and decoder every writer and
/// reader of it uses, so dates, key order and non-finite numbers are written the same everywhere.
package enum AuditReportCoding {
    /// Why a JSON report could not be read.
    package struct DecodingFailure: Error, CustomStringConvertible {
        package var description: String
    }

    /// Sorted keys, pretty printed, ISO-8601 dates, slashes left as they are.
    package static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }

    /// The decoder matching `makeEncoder()`.
    package static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return decoder
    }

    /// Reads a report written by `JSONReportRenderer`, refusing schema versions newer than this build knows.
    package static func decode(_ data: Data) throws -> AuditReport {
        struct VersionProbe: Decodable { var schemaVersion: Int? }
        let probe: VersionProbe
        do {
            probe = try makeDecoder().decode(VersionProbe.self, from: data)
        } catch {
            throw DecodingFailure(description: "not a groundwork JSON report: \(error)")
        }
        guard let version = probe.schemaVersion else {
            throw DecodingFailure(description: "not a groundwork JSON report: no top-level \"schemaVersion\"")
        }
        guard version <= AuditReport.currentSchemaVersion else {
            throw DecodingFailure(description: "report schema version \(version) is newer than this groundwork reads (\(AuditReport.currentSchemaVersion)); upgrade groundwork")
        }
        do {
            return try makeDecoder().decode(AuditReport.self, from: data)
        } catch let error as DecodingError {
            throw DecodingFailure(description: "malformed groundwork JSON report: \(describe(error))")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "at the top level" : "at \(keys.dropFirst(keys.hasPrefix(".") ? 1 : 0))"
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing \"\(key.stringValue)\" \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) \(path(context))"
        @unknown default: return "\(error)"
        }
    }
}
