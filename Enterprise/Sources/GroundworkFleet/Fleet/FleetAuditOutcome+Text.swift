#if Enterprise
import Foundation

extension FleetAuditOutcome {
    /// The terminal summary: one row per repository, details under it, totals at the end.
    package func text() -> String {
        var lines: [String] = []
        if let evaluationMarker { lines.append(evaluationMarker) }
        let shard = run.shardIndex.map { " · shard \($0)/\(run.shardCount ?? 0)" } ?? ""
        lines.append("fleet \(run.fleet) · run \(run.id)\(shard)")
        let header = ["REPOSITORY", "CLIENT", "STATUS", "SCORE", "LEVEL", "GATES"]
        let rows = results.map { result in
            [
                result.repository.name, result.repository.client ?? "-", result.status.rawValue,
                result.overallScore.map(String.init) ?? "-", result.level ?? "-",
                result.gatesPassed.map { $0 ? "passed" : "FAILED" } ?? "-",
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func format(_ row: [String]) -> String {
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }
        lines.append(format(header))
        for (result, row) in zip(results, rows) {
            lines.append(format(row))
            if let message = result.message { lines.append("  \(result.status == .skipped ? "skipped" : "error"): \(message)") }
            if let evaluation = evaluations[result.repository.name] { lines += evaluation.detailLines() }
        }
        let gateFailures = results.filter { $0.gatesPassed == false }.count
        lines.append(
            "\(results(.audited).count) audited, \(results(.failed).count) failed, \(results(.skipped).count) skipped"
                + (evaluations.isEmpty ? "" : "; \(gateFailures) failed a policy gate")
                + (reused.isEmpty ? "" : "; \(reused.count) unchanged since an earlier run today (report reused)")
        )
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON summary (`--format json`): the run and each repository's result and evaluation, without full reports.
    package func json() throws -> String {
        struct Row: Encodable {
            var name, location: String
            var client: String?
            var tags: [String]
            var status: String
            var message, commit: String?
            var score: Int?
            var level: String?
            var gatesPassed: Bool?
            var failingChecks: [String]
            var seconds: Double?
            var reused: Bool
            var policy: PolicyEvaluation?
        }
        struct Document: Encodable {
            var run: FleetRun
            var evaluation: String?
            var exitStatus: Int32
            var repositories: [Row]
        }
        let document = Document(
            run: run, evaluation: evaluationMarker, exitStatus: exitStatus.rawValue,
            repositories: results.map { result in
                Row(
                    name: result.repository.name, location: result.repository.location, client: result.repository.client,
                    tags: result.repository.tags, status: result.status.rawValue, message: result.message, commit: result.commit,
                    score: result.overallScore, level: result.level, gatesPassed: result.gatesPassed,
                    failingChecks: result.failingChecks, seconds: durations[result.repository.name].map { ($0 * 1000).rounded() / 1000 },
                    reused: reused.contains(result.repository.name), policy: evaluations[result.repository.name]
                )
            }
        )
        return try FleetJSON.encode(document)
    }
}

/// JSON as groundwork writes it: sorted keys, pretty, ISO 8601 dates.
package enum FleetJSON {
    package static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
#endif
