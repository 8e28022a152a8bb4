import GroundworkAuditModel
import Yams

/// Reads typed values out of a composed YAML document, turning every surprise into a `BrickError`
/// that names the file, the line, the field (`parameters[0].type`) and the expected shape.
struct ManifestReader {
    /// The file's path as shown in messages.
    let file: String

    /// A `BrickError` at the node's line.
    func error(_ node: Node?, _ field: String, _ message: String) -> BrickError {
        BrickError(.manifest, field.isEmpty ? message : "\(field): \(message)", file: file, line: node?.mark?.line)
    }

    /// The pairs of a mapping, refusing keys outside `allowed` and repeated keys.
    func mapping(_ node: Node, _ field: String, allowed: [String]) throws(BrickError) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else {
            throw error(node, field, "expected a mapping with keys \(allowed.joined(separator: ", ")), found \(describe(node))")
        }
        var seen = Set<String>()
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { throw error(keyNode, field, "expected a plain key, found \(describe(keyNode))") }
            let keyField = field.isEmpty ? key : "\(field).\(key)"
            guard allowed.contains(key) else {
                throw error(keyNode, keyField, "unknown key; expected one of \(allowed.joined(separator: ", "))")
            }
            guard seen.insert(key).inserted else { throw error(keyNode, keyField, "appears twice") }
            pairs.append((key, keyNode, value))
        }
        return pairs
    }

    /// A scalar's text (any scalar but null).
    func string(_ node: Node, _ field: String) throws(BrickError) -> String {
        guard let scalar = node.scalar, !isNull(node) else { throw error(node, field, "expected a string, found \(describe(node))") }
        return scalar.string
    }

    /// A whole number.
    func int(_ node: Node, _ field: String) throws(BrickError) -> Int {
        guard node.scalar != nil, let value = node.int, !isQuoted(node) else {
            throw error(node, field, "expected a whole number, found \(describe(node))")
        }
        return value
    }

    /// A number, whole or not.
    func number(_ node: Node, _ field: String) throws(BrickError) -> Double {
        guard node.scalar != nil, !isQuoted(node), let value = node.float ?? node.int.map(Double.init), value.isFinite else {
            throw error(node, field, "expected a number, found \(describe(node))")
        }
        return value
    }

    /// true or false.
    func bool(_ node: Node, _ field: String) throws(BrickError) -> Bool {
        guard node.scalar != nil, !isQuoted(node), let value = node.bool else {
            throw error(node, field, "expected true or false, found \(describe(node))")
        }
        return value
    }

    /// A list of strings; null stands for the empty list and a single string for a list of one.
    func stringList(_ node: Node, _ field: String) throws(BrickError) -> [String] {
        if isNull(node) { return [] }
        if node.scalar != nil { return [try string(node, field)] }
        guard let sequence = node.sequence else { throw error(node, field, "expected a list of strings, found \(describe(node))") }
        var items: [String] = []
        for (index, item) in sequence.enumerated() { items.append(try string(item, "\(field)[\(index)]")) }
        return items
    }

    /// The items of a sequence (null: none).
    func sequence(_ node: Node, _ field: String) throws(BrickError) -> [Node] {
        if isNull(node) { return [] }
        guard let sequence = node.sequence else { throw error(node, field, "expected a list, found \(describe(node))") }
        return Array(sequence)
    }

    func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.tag.rawValue == Tag.Name.null.rawValue && scalar.style == .plain
    }

    private func isQuoted(_ node: Node) -> Bool {
        guard let style = node.scalar?.style else { return false }
        return style == .singleQuoted || style == .doubleQuoted
    }

    /// How a node looks, for messages: `"integer"`, `a list`, `a mapping`, `nothing`.
    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if isNull(node) { return "nothing" }
            let text = scalar.string.count > 60 ? String(scalar.string.prefix(57)) + "..." : scalar.string
            return "\"\(text)\""
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }

    /// Composes the YAML text, turning a syntax error into a `BrickError` at its line.
    static func compose(_ text: String, file: String, code: BrickError.Code = .manifest) throws(BrickError) -> Node? {
        if let line = YAMLNestingGuard.excessiveNestingLine(in: text) {
            throw BrickError(code, "nested deeper than \(YAMLNestingGuard.maxFlowDepth) brackets or \(YAMLNestingGuard.maxIndentation) columns", file: file, line: line)
        }
        do {
            let root = try Yams.compose(yaml: text)
            if let root, !fitsItsText(root, budget: text.utf8.count + 1) {
                throw BrickError(code, "YAML aliases (*name) expand this document beyond its own size; groundwork's files need no anchors or aliases, so write the values out", file: file)
            }
            return root
        } catch let error as BrickError {
            throw error
        } catch let error as YamlError {
            throw BrickError(code, "not valid YAML: \(YAMLErrorText.problem(error))", file: file, line: YAMLErrorText.line(error))
        } catch {
            throw BrickError(code, "not valid YAML: \(error)", file: file)
        }
    }
}

extension ManifestReader {
    /// True when the composed tree has no more nodes than its text has bytes. Without aliases every
    /// node takes at least one byte, so more nodes means aliases multiplied them (a "billion laughs"
    /// document); counting stops at the budget, so hostile input costs no more than its own length.
    static func fitsItsText(_ root: Node, budget: Int) -> Bool {
        var remaining = budget
        var pending = [root]
        while let node = pending.popLast() {
            remaining -= 1
            if remaining < 0 { return false }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { pending.append(key); pending.append(value) }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence)
            case .scalar, .alias:
                continue
            }
        }
        return true
    }
}

/// The problem and line of a Yams error, without the echo of the whole document Yams appends.
enum YAMLErrorText {
    static func problem(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            guard let context else { return problem }
            return "\(problem) (\(context.text))"
        case .reader(let problem, _, _, _): return problem
        case .duplicatedKeysInMapping(let duplicates, _): return "duplicated key(s) \(duplicates.joined(separator: ", "))"
        default: return "\(error)"
        }
    }

    static func line(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(_, let context): context.mark.line
        default: nil
        }
    }
}
