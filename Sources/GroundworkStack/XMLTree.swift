import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A build file's XML (pom.xml, *.csproj) parsed by Foundation's `XMLParser` (libxml2) into elements, with
/// the few queries stack detection asks. External entities are never resolved; a document that stops
/// parsing part-way keeps the elements read before the error.
package struct XMLTree {
    /// One element: its name as written (namespace prefixes kept), attributes, children and own text.
    package struct Element {
        package var name: String
        package var attributes: [String: String]
        package var children: [Element] = []
        /// The text directly inside the element, not inside its children.
        package var ownText = ""

        /// The text of the element and all its descendants, in document order.
        package var allText: String { ownText + children.map(\.allText).joined() }
    }

    /// The document element; nil when the text has none.
    package let root: Element?

    /// Parses `text`.
    package init(_ text: String) {
        let builder = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        _ = parser.parse()
        root = builder.finish()
    }

    private init(root: Element?) { self.root = root }

    /// The trimmed text of every element named `name` below the root, in document order.
    package func elements(_ name: String) -> [String] {
        descendants(name).map { $0.allText.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The trimmed text of the first element named `name` below the root.
    package func first(_ name: String) -> String? { elements(name).first }

    /// A tree for each element named `name` below the root, to query inside it.
    package func blocks(_ name: String) -> [XMLTree] { descendants(name).map { XMLTree(root: $0) } }

    /// This document without the elements named in `names` (to find a project's own `<artifactId>`, not its parent's).
    package func removing(_ names: [String]) -> XMLTree {
        let excluded = Set(names)
        func prune(_ element: Element) -> Element {
            var copy = element
            copy.children = element.children.filter { !excluded.contains($0.name) }.map(prune)
            return copy
        }
        return XMLTree(root: root.map(prune))
    }

    /// The value of `attribute` on the first element named `element` (the root included).
    package func attribute(_ attribute: String, of element: String) -> String? {
        attributes(attribute, of: element).first
    }

    /// The values of `attribute` on every element named `element` (the root included), in document order.
    package func attributes(_ attribute: String, of element: String) -> [String] {
        guard let root else { return [] }
        return ([root].filter { $0.name == element } + descendants(element)).compactMap { $0.attributes[attribute] }
    }

    /// Every element named `name` below the root, in document order.
    private func descendants(_ name: String) -> [Element] {
        var found: [Element] = []
        func visit(_ element: Element) {
            for child in element.children {
                if child.name == name { found.append(child) }
                visit(child)
            }
        }
        if let root { visit(root) }
        return found
    }
}

/// Builds the elements from the parser's events with an explicit stack (no recursion on input depth).
private final class Builder: NSObject, XMLParserDelegate {
    private var stack: [XMLTree.Element] = []
    private var root: XMLTree.Element?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        stack.append(XMLTree.Element(name: elementName, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = stack.popLast() else { return }
        close(element)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].ownText += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].ownText += String(decoding: CDATABlock, as: UTF8.self)
    }

    /// The root, once elements left open by a parse error are settled: their complete children are kept,
    /// their own text is not trusted (it may be cut short), and an open element with no children is dropped.
    func finish() -> XMLTree.Element? {
        while var element = stack.popLast() {
            guard !element.children.isEmpty else { continue }
            element.ownText = ""
            close(element)
        }
        return root
    }

    private func close(_ element: XMLTree.Element) {
        if stack.isEmpty {
            if root == nil { root = element }
        } else {
            stack[stack.count - 1].children.append(element)
        }
    }
}
