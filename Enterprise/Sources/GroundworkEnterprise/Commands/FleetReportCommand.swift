#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkCLI

/// `groundwork fleet report`: the fleet dashboard and its exports, from the store.
public struct FleetReportCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
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

    @Option(help: "Output format: html, markdown, csv, json or sarif.")
    var format: FleetReportFormat = .html

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "POST a Slack-compatible JSON summary to this incoming-webhook URL.")
    var webhook: String?

    public init() {}

    public func run() async throws {
        let sinceDate = try since.map(Self.parseDate)
        let opened = try FleetStoreFactory.open(url: store, fleetFile: fleet)
        let data = try await FleetReportLoader.load(from: opened, runID: run, since: sinceDate, now: try Self.now())
        let rendered = format.render(data)
        if let output {
            do {
                try Data(rendered.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw FleetReportError(.cannotWrite, "--output \(output): cannot write the report: \(error.localizedDescription)")
            }
            FileHandle.standardError.write(Data("wrote \(format.rawValue) fleet report to \(output)\n".utf8))
        } else {
            Terminal.standardOutput.write(rendered)
        }
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

    /// GROUNDWORK_NOW, for reproducible reports (golden files, screenshots), else the clock.
    private static func now() throws -> Date {
        guard let text = ProcessInfo.processInfo.environment["GROUNDWORK_NOW"] else { return Date() }
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw FleetReportError(.badDate, "GROUNDWORK_NOW=\(text): expected an ISO 8601 date such as 2026-01-01T00:00:00Z")
        }
        return date
    }
}

extension FleetReportFormat: ExpressibleByArgument {}
#endif
