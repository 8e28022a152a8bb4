import Foundation

/// Just enough XML for build files (pom.xml, *.csproj): element texts found by name, comments dropped.
/// Not a parser: it reads well-formed build files and shrugs at anything else.
package struct XMLScanner {
    /// The document without `<!-- … -->` comments.
    package let text: String

    /// Scans `text`, dropping its comments first.
    package init(_ text: String) {
        var stripped = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            stripped += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { rest = ""; break }
            rest = rest[close.upperBound...]
        }
        stripped += rest
        self.text = stripped
    }

    private init(stripped: String) { self.text = stripped }

    /// The inner text of every `<name>` element, in document order, trimmed.
    package func elements(_ name: String) -> [String] {
        var results: [String] = []
        var rest = Substring(text)
        while let (inner, after) = Self.nextElement(name, in: rest) {
            results.append(inner.trimmingCharacters(in: .whitespacesAndNewlines))
            rest = after
        }
        return results
    }

    /// The trimmed inner text of the first `<name>` element.
    package func first(_ name: String) -> String? { elements(name).first }

    /// A scanner over the inner text of each `<name>` element.
    package func blocks(_ name: String) -> [XMLScanner] { elements(name).map { XMLScanner(stripped: $0) } }

    /// This document without the `<name>` elements (to find a project's own `<artifactId>`, not its parent's).
    package func removing(_ names: [String]) -> XMLScanner {
        var current = text
        for name in names {
            var kept = ""
            var rest = Substring(current)
            while let start = Self.openTag(name, in: rest) {
                kept += rest[..<start.lowerBound]
                guard let close = rest[start.upperBound...].range(of: "</\(name)>") else { rest = ""; break }
                rest = rest[close.upperBound...]
            }
            kept += rest
            current = kept
        }
        return XMLScanner(stripped: current)
    }

    /// The value of `attribute` on the first `<element …>` tag.
    package func attribute(_ attribute: String, of element: String) -> String? {
        guard let open = Self.openTag(element, in: Substring(text)) else { return nil }
        let tag = text[open]
        guard let key = tag.range(of: attribute + "=") else { return nil }
        let afterKey = tag[key.upperBound...]
        guard let quote = afterKey.first, quote == "\"" || quote == "'" else { return nil }
        let value = afterKey.dropFirst().prefix { $0 != quote }
        return String(value)
    }

    /// The range of the first opening tag `<name>` or `<name …>` (not `<nameX>`).
    private static func openTag(_ name: String, in text: Substring) -> Range<Substring.Index>? {
        var rest = text
        while let found = rest.range(of: "<" + name) {
            let after = rest[found.upperBound...]
            if let next = after.first, next == ">" || next == " " || next == "\n" || next == "\t" || next == "\r" || next == "/" {
                guard let end = after.firstIndex(of: ">") else { return nil }
                return found.lowerBound..<after.index(after: end)
            }
            rest = after
        }
        return nil
    }

    private static func nextElement(_ name: String, in text: Substring) -> (inner: Substring, after: Substring)? {
        guard let open = openTag(name, in: text) else { return nil }
        if text[open].hasSuffix("/>") { return ("", text[open.upperBound...]) }
        guard let close = text[open.upperBound...].range(of: "</\(name)>") else { return nil }
        return (text[open.upperBound..<close.lowerBound], text[close.upperBound...])
    }
}
