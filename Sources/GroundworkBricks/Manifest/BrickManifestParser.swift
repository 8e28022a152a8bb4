import Foundation
import Yams

/// Parses brick.yaml text into a `BrickManifest`, with file:line errors for every mistake.
package enum BrickManifestParser {
    static let topLevelKeys = ["format", "id", "version", "summary", "requires", "conflicts", "fixes", "effort_hours", "when", "parameters", "files", "tasks", "edits"]
    static let parameterKeys = ["name", "type", "default", "description", "min", "max", "values", "pattern"]
    static let fileKeys = ["template", "generate", "path", "mode", "when", "each", "executable"]
    static let taskKeys = ["name", "run", "when"]

    /// Parses `text`; `file` is the path shown in messages.
    package static func parse(_ text: String, file: String) throws(BrickError) -> BrickManifest {
        let reader = ManifestReader(file: file)
        guard let root = try ManifestReader.compose(text, file: file) else {
            throw BrickError(.manifest, "empty file; expected a mapping with id, version, summary and files", file: file, line: 1)
        }
        let pairs = try reader.mapping(root, "", allowed: topLevelKeys)
        let present = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        func required(_ key: String) throws(BrickError) -> Node {
            guard let node = present[key] else {
                throw BrickError(.manifest, "\(key): missing; every brick.yaml names its id, version and summary", file: file, line: root.mark?.line)
            }
            return node
        }
        let idNode = try required("id"), versionNode = try required("version"), summaryNode = try required("summary")
        if let format = present["format"], try reader.int(format, "format") != 1 {
            throw reader.error(format, "format", "expected 1 (the only brick.yaml format this groundwork reads); update groundwork")
        }
        let id = try reader.string(idNode, "id")
        guard BrickManifest.isValidID(id) else {
            throw reader.error(idNode, "id", "expected lowercase letters, digits and dashes (such as docker or github-actions), found \"\(id)\"")
        }
        let versionText = try reader.string(versionNode, "version")
        guard let version = SemanticVersion(versionText) else {
            throw reader.error(versionNode, "version", "expected a semantic version MAJOR.MINOR.PATCH such as 1.2.0, found \"\(versionText)\"")
        }
        var manifest = BrickManifest(id: id, version: version, summary: try reader.string(summaryNode, "summary"), manifestPath: file)

        if let node = present["requires"] { manifest.requires = try brickIDs(node, "requires", reader: reader) }
        if let node = present["conflicts"] { manifest.conflicts = try brickIDs(node, "conflicts", reader: reader) }
        if let node = present["fixes"] { manifest.fixes = try reader.stringList(node, "fixes") }
        if let node = present["effort_hours"] {
            manifest.effortHours = try reader.number(node, "effort_hours")
            guard manifest.effortHours >= 0 else { throw reader.error(node, "effort_hours", "expected a number of hours, 0 or more") }
        }
        if let node = present["parameters"] {
            for (index, item) in try reader.sequence(node, "parameters").enumerated() {
                let parameter = try parseParameter(item, "parameters[\(index)]", reader: reader)
                guard manifest.parameter(named: parameter.name) == nil else {
                    throw reader.error(item, "parameters[\(index)].name", "parameter \(parameter.name) is declared twice")
                }
                manifest.parameters.append(parameter)
            }
        }
        let parameterNames = manifest.parameters.map(\.name)
        if let node = present["when"] { manifest.when = try BrickPredicate.parse(node, "when", reader: reader, parameters: nil) }
        if let node = present["files"] {
            for (index, item) in try reader.sequence(node, "files").enumerated() {
                manifest.files.append(try parseFile(item, "files[\(index)]", reader: reader, parameters: parameterNames))
            }
        }
        if let node = present["edits"] {
            for (index, item) in try reader.sequence(node, "edits").enumerated() {
                manifest.edits.append(try BrickEditSpec.parse(item, "edits[\(index)]", reader: reader))
            }
        }
        if let node = present["tasks"] {
            for (index, item) in try reader.sequence(node, "tasks").enumerated() {
                manifest.tasks.append(try parseTask(item, "tasks[\(index)]", reader: reader, parameters: parameterNames))
            }
        }
        if manifest.requires.contains(id) { throw reader.error(present["requires"], "requires", "a brick cannot require itself") }
        if manifest.conflicts.contains(id) { throw reader.error(present["conflicts"], "conflicts", "a brick cannot conflict with itself") }
        return manifest
    }

    private static func brickIDs(_ node: Node, _ field: String, reader: ManifestReader) throws(BrickError) -> [String] {
        let ids = try reader.stringList(node, field)
        if let bad = ids.first(where: { !BrickManifest.isValidID($0) }) {
            throw reader.error(node, field, "expected brick ids (lowercase letters, digits and dashes), found \"\(bad)\"")
        }
        return ids
    }

    private static func parseParameter(_ node: Node, _ field: String, reader: ManifestReader) throws(BrickError) -> BrickParameter {
        let pairs = try reader.mapping(node, field, allowed: parameterKeys)
        let present = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let nameNode = present["name"] else { throw reader.error(node, field, "name: missing") }
        let name = try reader.string(nameNode, "\(field).name")
        guard let first = name.first, first.isASCIILetter, first.isLowercase,
            name.allSatisfy({ ($0.isASCIILetter && $0.isLowercase) || $0.isASCIIDigit || $0 == "_" })
        else {
            throw reader.error(nameNode, "\(field).name", "expected lowercase letters, digits and underscores (such as port or base_image), found \"\(name)\"")
        }
        guard let typeNode = present["type"] else { throw reader.error(node, "\(field).type", "missing; expected one of \(kindList)") }
        let typeText = try reader.string(typeNode, "\(field).type")
        guard let kind = BrickParameter.Kind(rawValue: typeText) else {
            throw reader.error(typeNode, "\(field).type", "expected one of \(kindList), found \"\(typeText)\"")
        }
        var parameter = BrickParameter(name: name, kind: kind, line: node.mark?.line)
        if let node = present["description"] { parameter.description = try reader.string(node, "\(field).description") }
        for (key, kinds) in [("min", [BrickParameter.Kind.int]), ("max", [.int]), ("values", [.enum]), ("pattern", [.string, .list])] {
            if let keyNode = present[key], !kinds.contains(kind) {
                throw reader.error(keyNode, "\(field).\(key)", "applies to \(kinds.map(\.rawValue).joined(separator: " and ")) parameters only, and \(name) is \(kind.rawValue)")
            }
        }
        if let node = present["min"] { parameter.minimum = try reader.int(node, "\(field).min") }
        if let node = present["max"] { parameter.maximum = try reader.int(node, "\(field).max") }
        if let minimum = parameter.minimum, let maximum = parameter.maximum, minimum > maximum {
            throw reader.error(present["max"], "\(field).max", "is below min (\(minimum))")
        }
        if let node = present["values"] {
            parameter.values = try reader.stringList(node, "\(field).values")
            if parameter.values.isEmpty { throw reader.error(node, "\(field).values", "expected at least one value") }
        } else if kind == .enum {
            throw reader.error(node, "\(field).values", "missing; an enum parameter lists its values")
        }
        if let node = present["pattern"] {
            let pattern = try reader.string(node, "\(field).pattern")
            if (try? NSRegularExpression(pattern: pattern)) == nil {
                throw reader.error(node, "\(field).pattern", "not a valid regular expression: \(pattern)")
            }
            parameter.pattern = pattern
        }
        if let node = present["default"] {
            parameter.defaultValue = try parseDefault(node, "\(field).default", parameter: parameter, reader: reader)
        }
        return parameter
    }

    /// A default is a template (validated now when it holds no `{{`) or, for a list, a list.
    private static func parseDefault(_ node: Node, _ field: String, parameter: BrickParameter, reader: ManifestReader) throws(BrickError) -> BrickParameter.Default {
        if parameter.kind == .list, node.sequence != nil || reader.isNull(node) {
            let items = try reader.stringList(node, field)
            if case .failure(let problem) = parameter.validate(.list(items)) { throw reader.error(node, field, problem.message) }
            return .list(items)
        }
        if reader.isNull(node), parameter.kind == .string { return .template("") }
        let text = try reader.string(node, field)
        if !text.contains("{{"), case .failure(let problem) = parameter.parse(text) {
            throw reader.error(node, field, problem.message)
        }
        return .template(text)
    }

    private static func parseFile(_ node: Node, _ field: String, reader: ManifestReader, parameters: [String]) throws(BrickError) -> BrickFileSpec {
        let pairs = try reader.mapping(node, field, allowed: fileKeys)
        let present = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let pathNode = present["path"] else { throw reader.error(node, "\(field).path", "missing; the destination path in the repository") }
        if let generateNode = present["generate"] {
            return try parseGeneratedFile(generateNode, present: present, pathNode: pathNode, field, reader: reader, parameters: parameters)
        }
        guard let templateNode = present["template"] else { throw reader.error(node, "\(field).template", "missing; the template's path inside the brick folder (or generate: openapi|migrations)") }
        let template = try reader.string(templateNode, "\(field).template")
        if let problem = DestinationPath.problem(template) {
            throw reader.error(templateNode, "\(field).template", "\(problem); a template is a relative path inside the brick folder")
        }
        var spec = BrickFileSpec(template: template, path: try reader.string(pathNode, "\(field).path"), line: node.mark?.line)
        if spec.path.isEmpty { throw reader.error(pathNode, "\(field).path", "expected a destination path, found nothing") }
        if let modeNode = present["mode"] {
            let text = try reader.string(modeNode, "\(field).mode")
            guard let mode = BrickFileMode(rawValue: text), mode != .edit else {
                throw reader.error(modeNode, "\(field).mode", "expected one of \(BrickFileMode.allCases.filter { $0 != .edit }.map(\.rawValue).joined(separator: ", ")), found \"\(text)\"")
            }
            spec.mode = mode
        }
        if let whenNode = present["when"] { spec.when = try BrickPredicate.parse(whenNode, "\(field).when", reader: reader, parameters: parameters) }
        if let eachNode = present["each"] {
            let text = try reader.string(eachNode, "\(field).each")
            guard let each = BrickFileSpec.Repetition(rawValue: text) else {
                throw reader.error(eachNode, "\(field).each", "expected once, service or entity, found \"\(text)\"")
            }
            spec.each = each
        }
        if let node = present["executable"] { spec.executable = try reader.bool(node, "\(field).executable") }
        return spec
    }

    private static func parseTask(_ node: Node, _ field: String, reader: ManifestReader, parameters: [String]) throws(BrickError) -> BrickTask {
        let pairs = try reader.mapping(node, field, allowed: taskKeys)
        let present = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let nameNode = present["name"] else { throw reader.error(node, "\(field).name", "missing; a task has a name and a run command") }
        guard let runNode = present["run"] else { throw reader.error(node, "\(field).run", "missing; the shell command to run") }
        var task = BrickTask(name: try reader.string(nameNode, "\(field).name"), run: try reader.string(runNode, "\(field).run"), line: node.mark?.line)
        if let whenNode = present["when"] { task.when = try BrickPredicate.parse(whenNode, "\(field).when", reader: reader, parameters: parameters) }
        return task
    }

    private static var kindList: String { BrickParameter.Kind.allCases.map(\.rawValue).joined(separator: ", ") }
}
