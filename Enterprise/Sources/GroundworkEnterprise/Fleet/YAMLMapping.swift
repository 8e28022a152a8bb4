#if Enterprise
import Foundation
import GroundworkFormats
import Yams

/// A YAML mapping read with its line numbers, so every error names `file:line`; unknown keys are refused.
package struct YAMLMapping {
    /// The file it came from, for errors.
    package let file: String
    /// Where the mapping sits in the document (`sources[2].github`), for errors.
    package let context: String
    /// The line of the mapping itself.
    package let line: Int
    private let entries: [(key: String, line: Int, value: Node)]

    /// Reads `node` as a mapping whose keys must all be in `allowed`.
    package init(_ node: Node, file: String, context: String, allowed: [String]) throws(ConfigurationFileError) {
        self.file = file
        self.context = context
        self.line = node.mark?.line ?? 1
        guard let mapping = node.mapping else {
            throw ConfigurationFileError(file: file, line: line, "\(context) must be a mapping with keys \(allowed.joined(separator: ", "))")
        }
        var entries: [(key: String, line: Int, value: Node)] = []
        for (key, value) in mapping {
            let keyLine = key.mark?.line ?? line
            guard let name = key.string else {
                throw ConfigurationFileError(file: file, line: keyLine, "\(context): keys must be strings")
            }
            guard allowed.contains(name) else {
                throw ConfigurationFileError(
                    file: file, line: keyLine,
                    "unknown key `\(name)` in \(context)\(CloseMatches.hint(name, in: allowed)); expected one of \(allowed.joined(separator: ", "))"
                )
            }
            guard !entries.contains(where: { $0.key == name }) else {
                throw ConfigurationFileError(file: file, line: keyLine, "\(context): `\(name)` is given twice")
            }
            entries.append((name, keyLine, value))
        }
        self.entries = entries
    }

    /// Parses `text` and reads its top-level mapping.
    package static func document(_ text: String, file: String, allowed: [String]) throws(ConfigurationFileError) -> YAMLMapping {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationFileError(file: file, line: Self.line(of: error), "not valid YAML: \(error)")
        } catch {
            throw ConfigurationFileError(file: file, line: 1, "not valid YAML: \(error)")
        }
        guard let node else {
            throw ConfigurationFileError(file: file, line: 1, "the file is empty; expected a mapping with keys \(allowed.joined(separator: ", "))")
        }
        return try YAMLMapping(node, file: file, context: "the document", allowed: allowed)
    }

    /// Reads a whole file as UTF-8 and parses it.
    package static func load(_ path: String, allowed: [String]) throws(ConfigurationFileError) -> YAMLMapping {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationFileError(file: path, line: 1, "cannot read the file (missing or unreadable)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationFileError(file: path, line: 1, "the file is not UTF-8 text")
        }
        return try document(text, file: path, allowed: allowed)
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: 1
        }
    }

    /// Whether `key` is present.
    package func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// The keys present, in order.
    package var keys: [String] { entries.map(\.key) }

    /// The line of `key`, or of the mapping when absent.
    package func line(of key: String) -> Int { entries.first { $0.key == key }?.line ?? line }

    /// The raw node of `key`.
    package func node(_ key: String) -> Node? { entries.first { $0.key == key }?.value }

    /// An error at `key`'s line.
    package func error(_ key: String, _ message: String) -> ConfigurationFileError {
        ConfigurationFileError(file: file, line: line(of: key), message)
    }

    /// A string (any scalar), or nil when absent.
    package func string(_ key: String) throws(ConfigurationFileError) -> String? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node, !(scalar.style == .plain && scalar.string.isEmpty) else {
            throw error(key, "\(context).\(key) must be a string")
        }
        return scalar.string
    }

    /// A string that must be present and not empty.
    package func requiredString(_ key: String) throws(ConfigurationFileError) -> String {
        guard let value = try string(key), !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error(key, "\(context) needs `\(key)`: a non-empty string")
        }
        return value
    }

    /// An integer, or nil when absent.
    package func int(_ key: String) throws(ConfigurationFileError) -> Int? {
        guard let node = node(key) else { return nil }
        guard let value = node.int, node.scalar != nil else { throw error(key, "\(context).\(key) must be a whole number") }
        return value
    }

    /// A boolean, or nil when absent.
    package func bool(_ key: String) throws(ConfigurationFileError) -> Bool? {
        guard let node = node(key) else { return nil }
        guard let value = node.bool else { throw error(key, "\(context).\(key) must be true or false") }
        return value
    }

    /// A list of strings, or nil when absent.
    package func strings(_ key: String) throws(ConfigurationFileError) -> [String]? {
        guard let node = node(key) else { return nil }
        guard let sequence = node.sequence else { throw error(key, "\(context).\(key) must be a list of strings") }
        var values: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else {
                throw ConfigurationFileError(file: file, line: item.mark?.line ?? line(of: key), "\(context).\(key) entries must be strings")
            }
            values.append(scalar.string)
        }
        return values
    }

    /// The items of a list, or nil when absent.
    package func sequence(_ key: String) throws(ConfigurationFileError) -> [Node]? {
        guard let node = node(key) else { return nil }
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.tag.description.hasSuffix("null") { return [] }
        guard let sequence = node.sequence else { throw error(key, "\(context).\(key) must be a list") }
        return Array(sequence)
    }

    /// A nested mapping, or nil when absent.
    package func mapping(_ key: String, allowed: [String]) throws(ConfigurationFileError) -> YAMLMapping? {
        guard let node = node(key) else { return nil }
        return try YAMLMapping(node, file: file, context: "\(context == "the document" ? "" : context + ".")\(key)", allowed: allowed)
    }
}
#endif
