#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkHTTP
import GroundworkReport

/// A Slack-compatible summary of a fleet report (`{"text": …, "blocks": […]}`), posted to an incoming webhook.
package enum FleetWebhook {
    /// The JSON body: a plain `text` fallback and Block Kit blocks (header, facts, lowest scores, evaluation note).
    package static func payload(_ data: FleetReportData) -> Data {
        let summary = data.summary
        let fleet = escape(data.run.fleet)
        var text =
            "Fleet \(fleet): \(summary.repositories) repositories, \(summary.audited) audited, \(summary.failed) failed, "
            + "average score \(FleetText.score(summary.averageScore)), \(summary.gatesFailed) failing gates, "
            + "\(ReportText.hours(summary.effortHours)) to fix (\(ReportText.hours(summary.automatedHours)) automated by bricks)"
        if let banner = FleetText.evaluationBanner(data.run) { text = banner + " · " + text }
        var blocks: [Block] = [
            Block(type: "header", text: TextObject(type: "plain_text", text: String("Fleet report: \(data.run.fleet)".prefix(150)))),
            Block(
                type: "section",
                fields: [
                    TextObject(type: "mrkdwn", text: "*Repositories*\n\(summary.repositories) (\(summary.audited) audited, \(summary.failed) failed, \(summary.skipped) skipped)"),
                    TextObject(type: "mrkdwn", text: "*Average score*\n\(FleetText.score(summary.averageScore))"),
                    TextObject(type: "mrkdwn", text: "*Gates failed*\n\(summary.gatesFailed)"),
                    TextObject(type: "mrkdwn", text: "*Effort*\n\(ReportText.hours(summary.effortHours)), \(ReportText.hours(summary.automatedHours)) automated"),
                ]),
        ]
        let lowest = data.results.filter { $0.overallScore != nil }.sorted { ($0.overallScore ?? 0, $0.repository.name) < ($1.overallScore ?? 0, $1.repository.name) }.prefix(5)
        if !lowest.isEmpty {
            let lines = lowest.map { "• \(escape($0.repository.name)): \($0.overallScore ?? 0)\($0.level.map { " (\(escape($0)))" } ?? "")" }
            blocks.append(Block(type: "section", text: TextObject(type: "mrkdwn", text: "*Lowest scores*\n" + lines.joined(separator: "\n"))))
        }
        let failedRepositories = data.results.filter { $0.status == .failed }.prefix(5)
        if !failedRepositories.isEmpty {
            let lines = failedRepositories.map { "• \(escape($0.repository.name)): \(escape($0.message ?? "failed"))" }
            blocks.append(Block(type: "section", text: TextObject(type: "mrkdwn", text: "*Not audited*\n" + lines.joined(separator: "\n"))))
        }
        var context = "run `\(escape(data.run.id))`, started \(ReportText.dateTime(data.run.startedAt))"
        if let banner = FleetText.evaluationBanner(data.run) { context = "*\(escape(banner))* · " + context }
        blocks.append(Block(type: "context", elements: [TextObject(type: "mrkdwn", text: context)]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(Message(text: text, blocks: blocks))) ?? Data("{\"text\":\"fleet report\"}".utf8)
    }

    /// Posts the payload; throws `FleetWebhookError` when the hook cannot be reached or does not answer 2xx.
    package static func post(_ data: FleetReportData, to url: String, client: HTTPClient = HTTPClient()) async throws {
        var headers = HTTPHeaders()
        headers.set("Content-Type", "application/json")
        do {
            _ = try await client.send(.post(url, body: payload(data), headers: headers))
        } catch let error as HTTPError {
            // Incoming-webhook URLs carry their secret in the path, which URL redaction keeps: show the host only.
            let shown = shownURL(url)
            let detail = error.description.replacingOccurrences(of: error.redactedURL, with: shown)
            throw FleetWebhookError(message: "webhook: \(detail)", exitStatus: error.exitStatus)
        }
    }

    /// `https://hooks.example.com/…`: the webhook URL without its path, query or credentials.
    package static func shownURL(_ url: String) -> String {
        guard let components = URLComponents(string: url), let scheme = components.scheme, let host = components.host else {
            return "(the --webhook URL)"
        }
        return "\(scheme)://\(host)\(components.port.map { ":\($0)" } ?? "")/…"
    }

    /// Slack's mrkdwn escapes: `&`, `<` and `>` only.
    static func escape(_ raw: String) -> String {
        raw.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A webhook that failed, its URL shown without the secret path.
    package struct FleetWebhookError: UserFacingError, Sendable {
        package let message: String
        package let exitStatus: ExitStatus
        package var description: String { message }
    }

    struct Message: Encodable {
        var text: String
        var blocks: [Block]
    }

    struct Block: Encodable {
        var type: String
        var text: TextObject?
        var fields: [TextObject]?
        var elements: [TextObject]?
    }

    struct TextObject: Encodable {
        var type: String
        var text: String
    }
}
#endif
