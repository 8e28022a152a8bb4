#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkCLI
import GroundworkFleet

/// `groundwork fleet report`: the fleet dashboard and its exports, from the store.
package struct FleetReportCommand: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on a fleet run from the store: HTML dashboard with trends, Markdown, CSV, JSON or SARIF.",
        discussion: """
            Reports on the newest run unless --run names one; trends cover the runs since --since. \
            --webhook posts a Slack-compatible summary; when it fails the report is still written. \
            Exit codes: 0 ok, 2 the webhook failed, 64 unknown run, bad date or bad --store.
            """
    )

    @Option(help: "The run to report on (default: the newest).")
    var run: String?

    @Option(help: "Only runs started on or after this date (YYYY-MM-DD or ISO 8601), for trends and the default run.")
    var since: String?

    @Option(help: "The store: a SQLite path, sqlite:PATH or postgres://user:password@host:port/database (default: .groundwork/fleet.db beside the fleet file).")
    var store: String?

    @Option(help: "The fleet file, to find the default store.")
    var fleet = "fleet.yaml"

    @OptionGroup var output: OutputOptions<FleetReportFormat>

    @Option(help: "POST a Slack-compatible JSON summary to this incoming-webhook URL.")
    var webhook: String?

    package init() {}

    package func run() async throws {
        let sinceDate = try since.map(Self.parseDate)
        let opened = try FleetStoreFactory.open(url: store, fleetFile: fleet)
        let data = try await FleetReportLoader.load(from: opened, runID: run, since: sinceDate, now: try GroundworkClock.now())
        try output.write(output.format.render(data), what: "fleet report")
        if let webhook {
            do {
                try await FleetWebhook.post(data, to: webhook)
                FileHandle.standardError.write(Data("posted the summary to \(FleetWebhook.shownURL(webhook))\n".utf8))
            } catch let error as FleetWebhook.FleetWebhookError {
                FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
                throw ExitCode(ExitStatus.incomplete.rawValue)
            }
        }
    }

    /// `YYYY-MM-DD` (midnight UTC) or a full ISO 8601 date and time.
    static func parseDate(_ text: String) throws -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = ISO8601DateFormatter().date(from: trimmed) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        if let date = day.date(from: trimmed) { return date }
        throw FleetReportError(.badDate, "--since \(text): expected a date such as 2026-01-31 or 2026-01-31T09:00:00Z")
    }

}

extension FleetReportFormat: OutputFormat {
    package static var defaultFormat: FleetReportFormat { .html }
}
#endif
