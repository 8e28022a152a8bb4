#if Enterprise
/// The formats of `groundwork scale report`, kept exhaustive by the compiler.
package enum CapacitySheetFormat: String, Sendable, CaseIterable {
    case html, markdown, json

    /// Renders `sheet` in this format; the text ends with a newline.
    package func render(_ sheet: CapacitySheet) throws -> String {
        switch self {
        case .html: CapacityHTMLRenderer().render(sheet)
        case .markdown: CapacityMarkdownRenderer().render(sheet)
        case .json: try CapacityJSONRenderer().render(sheet)
        }
    }
}
#endif
