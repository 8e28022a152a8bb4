import Foundation
import GroundworkAuditModel

/// Writes an audit report in one format. Renderers never print; the CLI decides where the text goes.
package protocol ReportRenderer: Sendable {
    /// The format this renderer writes.
    var format: ReportFormat { get }

    /// The whole document, ending with a newline. Text in the report (paths, evidence) is shown as given:
    /// secrets in it are already redacted, so renderers only escape it for their format.
    func render(_ report: AuditReport, options: RenderOptions) -> String
}

/// How to render: what only the caller knows (is the output a colour terminal, how wide is it).
package struct RenderOptions: Sendable, Hashable {
    /// Where SARIF and HTML reports point readers for more about groundwork.
    package static let defaultInformationURI = "https://github.com/groundwork-dev/groundwork"

    /// ANSI colour in text output; the CLI sets it for a TTY without `NO_COLOR`.
    package var color: Bool
    /// The terminal's width in columns; text output wraps long lines to it.
    package var width: Int
    /// The tool's home page, for SARIF's `tool.driver.informationUri`.
    package var informationURI: String

    package init(color: Bool = false, width: Int = 100, informationURI: String = RenderOptions.defaultInformationURI) {
        self.color = color
        self.width = width
        self.informationURI = informationURI
    }
}

extension RenderOptions {
    /// The options for output going to `isTerminal` or not: colour only on a terminal and without a
    /// non-empty `NO_COLOR` (no-color.org); the width from `columns`, else `COLUMNS`, else 100.
    package static func forOutput(isTerminal: Bool, environment: [String: String], columns: Int? = nil) -> RenderOptions {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let width = columns ?? environment["COLUMNS"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        return RenderOptions(color: isTerminal && !noColor, width: width.map { max(40, $0) } ?? 100)
    }
}
