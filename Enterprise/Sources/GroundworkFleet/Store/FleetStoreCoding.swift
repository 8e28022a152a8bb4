#if Enterprise
import Foundation
import GroundworkAuditModel
import GroundworkReport

/// What the SQLite and PostgreSQL stores share: the JSON columns and how shard records fold into a run.
enum FleetStoreCoding {
    /// The schema version both stores write; a database with a newer one is refused.
    static let schemaVersion = 1
    /// `shard_index` of an unsharded run (shards count from 1), so that the key (run id, shard) has no NULL.
    static let unshardedIndex = 0

    /// Compact JSON with sorted keys and ISO-8601 dates, decodable by `AuditReportCoding`.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A JSON column read back, or `fallback` when it is missing or unreadable.
    static func decode<Value: Decodable>(_ type: Value.Type, from text: String?, fallback: Value) -> Value {
        guard let text, let value = try? AuditReportCoding.makeDecoder().decode(type, from: Data(text.utf8)) else { return fallback }
        return value
    }

    /// The stored report, nil when there is none or it cannot be read by this version.
    static func report(from text: String?) -> AuditReport? {
        guard let text, !text.isEmpty else { return nil }
        return try? AuditReportCoding.decode(Data(text.utf8))
    }

    /// The stored shard index for a run's `shardIndex`.
    static func storedShard(_ index: Int?) -> Int { index ?? unshardedIndex }

    /// The run's `shardIndex` for a stored shard index.
    static func shard(fromStored index: Int) -> Int? { index == unshardedIndex ? nil : index }

    /// One entry per run id, newest first: earliest start, latest finish (nil while any shard runs),
    /// evaluation when any shard was.
    static func fold(_ shards: [FleetRun]) -> [FleetRun] {
        var byID: [String: FleetRun] = [:]
        var unfinished: Set<String> = []
        for shard in shards {
            if shard.finishedAt == nil { unfinished.insert(shard.id) }
            guard var run = byID[shard.id] else {
                var first = shard
                first.shardIndex = nil
                byID[shard.id] = first
                continue
            }
            run.startedAt = min(run.startedAt, shard.startedAt)
            if let finished = shard.finishedAt { run.finishedAt = max(run.finishedAt ?? finished, finished) }
            run.shardCount = run.shardCount ?? shard.shardCount
            run.isEvaluation = run.isEvaluation || shard.isEvaluation
            byID[shard.id] = run
        }
        for id in unfinished { byID[id]?.finishedAt = nil }
        return byID.values.sorted { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }
    }
}
#endif
