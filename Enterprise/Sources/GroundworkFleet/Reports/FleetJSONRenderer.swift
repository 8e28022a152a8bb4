#if Enterprise
import Foundation
import GroundworkBasics

/// The fleet report as versioned JSON (docs/fleet-reports.md), for scripts and dashboards.
struct FleetJSONRenderer {
    /// Bumped whenever the shape changes incompatibly.
    static let schemaVersion = 1

    /// The document's shape.
    struct Document: Codable {
        var schemaVersion: Int
        var tool: String
        var generatedAt: Date
        var evaluation: Bool
        var run: FleetRun
        var summary: FleetRunSummary
        var clients: [Client]
        var repositories: [Repository]
        var topFailingChecks: [Check]
        /// Per client with services on Kubernetes: how ready they are to scale (FleetScalingReadiness).
        var scalingReadiness: [FleetScalingReadiness]
        var trend: [FleetRunSummary]
    }

    struct Client: Codable {
        var client: String
        var repositories: Int
        var averageScore: Double?
        var levels: [String: Int]
        var gatesFailed: Int
        var effortHours: Double
        var automatedHours: Double
    }

    struct Repository: Codable {
        var name: String
        var client: String?
        var location: String
        var tags: [String]
        var status: String
        var message: String?
        var commit: String?
        var score: Int?
        var areaScores: [String: Int]
        var level: String?
        var gatesPassed: Bool?
        var failingChecks: [String]
        /// Checks the repository's `.groundwork.yaml` disabled (never counted as passed by a gate).
        var disabledChecks: [String]
        var effortHours: Double
        var automatedHours: Double
    }

    struct Check: Codable {
        var id: String
        var title: String
        var severity: String?
        var repositories: [String]
    }

    func render(_ data: FleetReportData) -> String {
        let document = Document(
            schemaVersion: Self.schemaVersion, tool: "groundwork \(GroundworkVersion.current)", generatedAt: data.generatedAt,
            evaluation: data.run.isEvaluation, run: data.run, summary: data.summary,
            clients: data.clients.map { client in
                Client(
                    client: client.client, repositories: client.repositories, averageScore: client.averageScore,
                    levels: Dictionary(uniqueKeysWithValues: client.levelCounts.map { ($0.key ?? "none", $0.value) }),
                    gatesFailed: client.gatesFailed, effortHours: client.effortHours, automatedHours: client.automatedHours)
            },
            repositories: data.results.map { result in
                Repository(
                    name: result.repository.name, client: result.repository.client, location: result.repository.location,
                    tags: result.repository.tags, status: result.status.rawValue, message: result.message,
                    commit: result.commit, score: result.overallScore, areaScores: result.areaScores, level: result.level,
                    gatesPassed: result.gatesPassed, failingChecks: result.failingChecks, disabledChecks: result.disabledChecks,
                    effortHours: result.effortHours, automatedHours: result.automatedHours)
            },
            topFailingChecks: data.topFailingChecks.map { Check(id: $0.id, title: $0.title, severity: $0.severity?.rawValue, repositories: $0.repositories) },
            scalingReadiness: data.scalingReadiness,
            trend: data.trend
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let encoded = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: encoded, as: UTF8.self) + "\n"
    }
}
#endif
