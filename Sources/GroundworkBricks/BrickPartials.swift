import Foundation

/// Mustache partials of a brick: `{{> name}}` in a template includes `partials/<name>.mustache` of the
/// brick folder. Only the partials the templates name are read (found by scanning the tags, partials of
/// partials included), and a partial that includes itself, directly or not, is refused: Mustache would
/// recurse without end.
enum BrickPartials {
    /// The file of the partial `name` inside the brick folder.
    static func path(_ name: String) -> String { "partials/\(name).mustache" }

    /// The partials `templates` use, read through `read` (nil: no such file).
    static func load(for templates: [String: String], manifestPath: String, read: (String) throws -> String?) throws -> [String: String] {
        var partials: [String: String] = [:]
        var pending = templates.keys.sorted().flatMap { names(in: templates[$0]!) }
        while let name = pending.popLast() {
            if partials[name] != nil { continue }
            guard DestinationPath.problem(path(name)) == nil, let text = try read(name) else {
                throw BrickError(.manifest, "a template includes {{> \(name)}} but the brick has no \(path(name))", file: manifestPath)
            }
            partials[name] = text
            pending += names(in: text)
        }
        if let cycle = firstCycle(partials) {
            throw BrickError(.template, "partials include each other in a cycle (\(cycle.joined(separator: " → "))); Mustache would never stop", file: manifestPath)
        }
        return partials
    }

    /// The partial names `{{> name}}` in `text` (default delimiters).
    static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{>") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            let name = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { names.append(name) }
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// A chain of partials that comes back to its start, if any.
    private static func firstCycle(_ partials: [String: String]) -> [String]? {
        var done = Set<String>()
        func visit(_ name: String, _ path: [String]) -> [String]? {
            if let start = path.firstIndex(of: name) { return Array(path[start...]) + [name] }
            if done.contains(name) { return nil }
            for next in names(in: partials[name] ?? "") {
                if let cycle = visit(next, path + [name]) { return cycle }
            }
            done.insert(name)
            return nil
        }
        for name in partials.keys.sorted() {
            if let cycle = visit(name, []) { return cycle }
        }
        return nil
    }
}
