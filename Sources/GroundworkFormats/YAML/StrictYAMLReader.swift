import Foundation
import GroundworkBasics
import Yams

/// Reads a YAML configuration file strictly — brick.yaml, `.groundwork.yaml`, fleet.yaml, policy.yaml,
/// model.yaml, the lock file — so every surprise is a `FormatError` naming the file, the line, the field
/// and the expected shape.
///
/// Before the parser sees the text it refuses what would hurt it: files over `maximumBytes`, text that is
/// not UTF-8, nesting deeper than `YAMLNestingGuard` allows (libyaml's composer recurses per level), and
/// documents whose aliases expand to more than `maximumValues` values (an alias bomb).
///
/// ```swift
/// let reader = StrictYAMLReader(file: "fleet.yaml")
/// let root = try reader.mapping(text, allowed: ["name", "sources"])
/// let name = try root.requiredString("name")
/// for source in try root.sequence("sources") ?? [] {
///     let entry = try source.mapping(allowed: ["path", "git"])
///     …
/// }
/// ```
package struct StrictYAMLReader: Sendable {
    /// The largest file read, in bytes: configuration is small, and a huge file is a mistake or an attack.
    package static let maximumBytes = 10 * 1024 * 1024
    /// The most values (scalars, lists, mappings) a document may expand to once aliases are resolved.
    package static let maximumValues = 200_000

    /// The file as shown in messages.
    package let file: String

    package init(file: String) {
        self.file = file
    }

    /// The document in `text`, or nil when it is empty (only comments or nothing).
    package func read(_ text: String) throws(FormatError) -> StrictYAMLValue? {
        guard text.utf8.count <= Self.maximumBytes else {
            throw FormatError(file: file, line: nil, "the file is larger than \(Self.maximumBytes / 1024 / 1024) MB; configuration is never that large")
        }
        if let line = YAMLNestingGuard.excessiveNestingLine(in: text) {
            throw FormatError(
                file: file, line: line,
                "nests deeper than \(YAMLNestingGuard.maxFlowDepth) brackets or \(YAMLNestingGuard.maxIndentation) columns of indentation"
            )
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw FormatError(file: file, line: YAMLErrorText.line(error), "not valid YAML: \(YAMLErrorText.problem(error))")
        } catch {
            throw FormatError(file: file, line: nil, "not valid YAML: \(error)")
        }
        guard let node else { return nil }
        var budget = Self.maximumValues
        guard Self.fits(node, budget: &budget) else {
            throw FormatError(
                file: file, line: node.mark?.line,
                "expands to more than \(Self.maximumValues) values once its aliases are resolved; write the values out or use fewer aliases"
            )
        }
        return StrictYAMLValue(node, file: file, field: "")
    }

    /// The document in `text`, which must be a mapping whose keys are all in `allowed`.
    /// An empty document is an error that lists the keys expected.
    package func mapping(_ text: String, allowed: [String]) throws(FormatError) -> StrictYAMLMapping {
        guard let root = try read(text) else {
            throw FormatError(file: file, line: 1, "the file is empty; expected a mapping with keys \(allowed.joined(separator: ", "))")
        }
        return try root.mapping(allowed: allowed)
    }

    /// Reads the regular file at `path` (shown in messages as `shownAs`, or `path`) and parses it.
    /// A FIFO, a device, a folder, a file over `maximumBytes` or text that is not UTF-8 is refused.
    package static func load(path: String, shownAs: String? = nil) throws(FormatError) -> StrictYAMLValue? {
        let reader = StrictYAMLReader(file: shownAs ?? path)
        return try reader.read(reader.text(atPath: path))
    }

    /// Reads the regular file at `path` as `load` does; its document must be a mapping whose keys are all in `allowed`.
    package static func loadMapping(path: String, shownAs: String? = nil, allowed: [String]) throws(FormatError) -> StrictYAMLMapping {
        let reader = StrictYAMLReader(file: shownAs ?? path)
        return try reader.mapping(reader.text(atPath: path), allowed: allowed)
    }

    /// The UTF-8 text of the regular file at `path`, refusing what `load` refuses.
    package func text(atPath path: String) throws(FormatError) -> String {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw FormatError(file: file, line: nil, "cannot read the file: \(FileSystemReason.of(error))")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw FormatError(file: file, line: nil, "not a regular file; expected a YAML file")
        }
        if let size = attributes[.size] as? Int, size > Self.maximumBytes {
            throw FormatError(file: file, line: nil, "the file is larger than \(Self.maximumBytes / 1024 / 1024) MB; configuration is never that large")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw FormatError(file: file, line: nil, "cannot read the file: \(FileSystemReason.of(error))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(file: file, line: nil, "not UTF-8 text; save the file as UTF-8")
        }
        return text
    }

    /// Counts the values of `node` (aliases counted each time they are used) against `budget`.
    private static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard fits(key, budget: &budget), fits(value, budget: &budget) else { return false }
            }
        case .sequence(let sequence):
            for item in sequence {
                guard fits(item, budget: &budget) else { return false }
            }
        case .scalar, .alias:
            break
        }
        return true
    }
}
