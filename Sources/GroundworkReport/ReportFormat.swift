import GroundworkAuditModel

/// The output formats of an audit report.
package enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, markdown, sarif, html

    /// The renderer that writes this format: the registry of renderers, kept exhaustive by the compiler.
    package var renderer: any ReportRenderer {
        switch self {
        case .text: TextReportRenderer()
        case .json: JSONReportRenderer()
        case .markdown: MarkdownReportRenderer()
        case .sarif: SARIFReportRenderer()
        case .html: HTMLReportRenderer()
        }
    }

    /// The usual file extension for `--output` files, without the dot.
    package var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .markdown: "md"
        case .sarif: "sarif"
        case .html: "html"
        }
    }

    /// Renders a report in this format.
    package func render(_ report: AuditReport, options: RenderOptions = RenderOptions()) -> String {
        renderer.render(report, options: options)
    }
}
