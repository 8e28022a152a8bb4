import Mustache

/// Renders Mustache templates as plain text (no HTML escaping: these are Dockerfiles and YAML, not web pages).
public enum TemplateRenderer {
    /// The pragma that switches escaping off, on a line of its own before the template: a standalone tag,
    /// so it leaves no output, and a tag on the template's first line stays standalone too (`{{#list}}` on
    /// line 1 would otherwise leave an empty first line). Error line numbers are shifted back by one.
    private static let plainText = "{{% CONTENT_TYPE: TEXT}}\n"

    /// Parses `text`; a syntax error names `file` and the line.
    public static func compile(_ text: String, file: String) throws(BrickError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: plainText + text)
        } catch let error as MustacheTemplate.ParserError {
            throw BrickError(.template, "template error: \(describe(error.error)) near \"\(error.context.line.replacingOccurrences(of: plainText, with: "").trimmingCharacters(in: .whitespaces))\"", file: file, line: max(1, error.context.lineNumber - 1))
        } catch {
            throw BrickError(.template, "template error: \(error)", file: file)
        }
    }

    /// Parses and renders `text` over `context`, with `library` holding the partials `{{> name}}` may include.
    public static func render(_ text: String, file: String, context: [String: Any], library: MustacheLibrary? = nil) throws(BrickError) -> String {
        // Text without tags renders to itself; skipping the parser keeps big static files fast.
        if !text.contains("{{") { return text }
        return try compile(text, file: file).render(context, library: library)
    }

    /// The partials compiled into a library (nil when there are none); `folder` prefixes their paths in messages.
    public static func library(partials: [String: String], folder: String) throws(BrickError) -> MustacheLibrary? {
        guard !partials.isEmpty else { return nil }
        var library = MustacheLibrary()
        for name in partials.keys.sorted() {
            library.register(try compile(partials[name]!, file: folder + "partials/\(name).mustache"), named: name)
        }
        return library
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is opened with {{#name}} but never closed with {{/name}}"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "unknown pragma {{% …}}"
        default: return "\(error)"
        }
    }
}
