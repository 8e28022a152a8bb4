import Mustache

/// Renders Mustache templates as plain text (no HTML escaping: these are Dockerfiles and YAML, not web pages).
package enum TemplateRenderer {
    /// The pragma that switches escaping off, on a line of its own before the template: a standalone tag,
    /// so it leaves no output, and a tag on the template's first line stays standalone too (`{{#list}}` on
    /// line 1 would otherwise leave an empty first line). Error line numbers are shifted back by one.
    private static let plainText = "{{% CONTENT_TYPE: TEXT}}\n"

    /// Parses `text`; a syntax error names `file` and the line.
    package static func compile(_ text: String, file: String) throws(BrickError) -> MustacheTemplate {
        if let line = excessiveSectionDepthLine(in: text) {
            throw BrickError(.template, "template error: sections nest deeper than \(maxSectionDepth) levels", file: file, line: line)
        }
        do {
            return try MustacheTemplate(string: plainText + text)
        } catch let error as MustacheTemplate.ParserError {
            throw BrickError(
                .template, "template error: \(describe(error.error)) near \"\(error.context.line.replacingOccurrences(of: plainText, with: "").trimmingCharacters(in: .whitespaces))\"", file: file,
                line: max(1, error.context.lineNumber - 1))
        } catch {
            throw BrickError(.template, "template error: \(error)", file: file)
        }
    }

    /// Sections open at once, at most: the parser and renderer recurse once per level, and thousands
    /// of levels overflow the thread's stack (a crash, not an error).
    static let maxSectionDepth = 100

    /// The 1-based line where sections (`{{#`, `{{^`, `{{$`, `{{<`) nest deeper than `maxSectionDepth`,
    /// or nil. Follows `{{=<% %>=}}` delimiter changes, so a template cannot hide its nesting behind them.
    static func excessiveSectionDepthLine(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        var open = Array("{{".utf8)
        var close = Array("}}".utf8)
        var depth = 0
        var index = 0
        var line = 1
        func matches(_ token: [UInt8], at position: Int) -> Bool {
            position + token.count <= bytes.count && bytes[position..<position + token.count].elementsEqual(token)
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            guard matches(open, at: index) else { index += 1; continue }
            var end = index + open.count
            while end < bytes.count, !matches(close, at: end) {
                if bytes[end] == UInt8(ascii: "\n") { line += 1 }
                end += 1
            }
            let tag = bytes[(index + open.count)..<min(end, bytes.count)]
            let next = end + close.count
            let trimmed = Array(tag.drop { $0 == UInt8(ascii: " ") })
            switch trimmed.first {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                depth += 1
                if depth > maxSectionDepth { return line }
            case UInt8(ascii: "/"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "="):
                let inner = String(decoding: trimmed.dropFirst().reversed().drop { $0 == UInt8(ascii: " ") }.dropFirst().reversed(), as: UTF8.self)
                let parts = inner.split(separator: " ", omittingEmptySubsequences: true)
                if parts.count == 2 { open = Array(parts[0].utf8); close = Array(parts[1].utf8) }
            default:
                break
            }
            index = next
        }
        return nil
    }

    /// Parses and renders `text` over `context`, with `library` holding the partials `{{> name}}` may include.
    package static func render(_ text: String, file: String, context: [String: Any], library: MustacheLibrary? = nil) throws(BrickError) -> String {
        // Text without tags renders to itself; skipping the parser keeps big static files fast.
        if !text.contains("{{") { return text }
        return try compile(text, file: file).render(context, library: library)
    }

    /// The partials compiled into a library (nil when there are none); `folder` prefixes their paths in messages.
    package static func library(partials: [String: String], folder: String) throws(BrickError) -> MustacheLibrary? {
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
