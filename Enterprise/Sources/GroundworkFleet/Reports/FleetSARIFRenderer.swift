#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkReport

/// SARIF 2.1.0 for the fleet: one run per repository, each the run `groundwork audit --format sarif` writes
/// for it, told apart by `automationDetails.id` (`groundwork-fleet/<repository>/`) and a property bag
/// naming the repository, its client, level and gates. Repositories that failed get a run with
/// `executionSuccessful: false` and the reason; skipped ones are left out.
struct FleetSARIFRenderer {
    /// A fleet run: the community run plus the fleet's fields.
    struct FleetRun: Encodable {
        /// The community renderer's run, or a run without results for a repository that was not audited.
        enum Body {
            case audited(SARIFRun)
            case notAudited(UnauditedRun)
        }

        var run: Body
        var automationID: String
        var properties: Properties

        struct Properties: Encodable {
            var repository: String
            var location: String
            var client: String?
            var level: String?
            var gatesPassed: Bool?
            var overallScore: Int?
            var areaScores: [String: Int]
            var commit: String?
            /// Checks the repository's `.groundwork.yaml` disabled.
            var disabledChecks: [String]
            var fleetRun: String
            var evaluation: Bool
        }

        private enum Keys: String, CodingKey { case automationDetails, properties }
        private struct Automation: Encodable { var id: String }

        func encode(to encoder: any Encoder) throws {
            switch run {
            case .audited(var base):
                base.properties = nil
                try base.encode(to: encoder)
            case .notAudited(let unaudited):
                try unaudited.encode(to: encoder)
            }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(Automation(id: automationID), forKey: .automationDetails)
            try container.encode(properties, forKey: .properties)
        }
    }

    struct Log: Encodable {
        var schema = SARIFLog.schemaURI
        var version = "2.1.0"
        var runs: [FleetRun]

        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    func render(_ data: FleetReportData) -> String {
        let options = RenderOptions()
        var runs: [FleetRun] = []
        for result in data.results where result.status != .skipped {
            let properties = FleetRun.Properties(
                repository: result.repository.name, location: result.repository.location, client: result.repository.client,
                level: result.level, gatesPassed: result.gatesPassed, overallScore: result.overallScore,
                areaScores: result.areaScores, commit: result.commit, disabledChecks: result.disabledChecks, fleetRun: data.run.id, evaluation: data.run.isEvaluation
            )
            let run: FleetRun.Body
            if result.status == .audited, let report = result.report, let first = SARIFReportRenderer().log(report, options: options).runs.first {
                run = .audited(first)
            } else {
                run = .notAudited(UnauditedRun(result, informationURI: options.informationURI))
            }
            runs.append(FleetRun(run: run, automationID: "groundwork-fleet/\(result.repository.name)/", properties: properties))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let encoded = try? encoder.encode(Log(runs: runs)) else { return "{}\n" }
        return String(decoding: encoded, as: UTF8.self) + "\n"
    }

    /// A run with no results: an audit that failed (with its reason), or one stored without its report.
    struct UnauditedRun: Encodable {
        struct Tool: Encodable { var driver: Driver }
        struct Driver: Encodable {
            var name = "groundwork"
            var version = GroundworkVersion.current
            var informationUri: String
            var rules: [String] = []
        }
        struct Invocation: Encodable { var executionSuccessful: Bool, toolExecutionNotifications: [Notification] }
        struct Notification: Encodable { var level: String, message: Message }
        struct Message: Encodable { var text: String }

        var tool: Tool
        var invocations: [Invocation]
        var results: [String]

        init(_ result: FleetRepositoryResult, informationURI: String) {
            let failed = result.status == .failed
            tool = Tool(driver: Driver(informationUri: informationURI))
            let note = Notification(
                level: failed ? "error" : "note",
                message: Message(text: result.message ?? (failed ? "the audit failed" : "no stored report")))
            invocations = [Invocation(executionSuccessful: !failed, toolExecutionNotifications: [note])]
            results = []
        }
    }
}
#endif
