import Foundation
import GroundworkAuditModel
import GroundworkFormats
import Yams

/// One GitHub YAML file — a workflow, an action or dependabot.yml — parsed, with lines for evidence.
struct WorkflowFile {
    /// The path in the repository.
    let path: String
    /// The file's lines, to place evidence inside multi-line scalars.
    let lines: TextLines
    /// The document's top level; nil when the file could not be read or parsed.
    let root: WorkflowNode?
    /// Why the file could not be used, with the line of the YAML error: every Actions check reports it.
    let problem: Evidence?

    /// Parses `text`; malformed YAML becomes a `problem` at the parser's line, never a crash.
    init(path: String, text: String) {
        self.path = path
        lines = TextLines(text)
        if let line = YAMLNestingGuard.excessiveNestingLine(in: text) {
            root = nil
            problem = Evidence("\(path) nests deeper than \(YAMLNestingGuard.maxFlowDepth) brackets or \(YAMLNestingGuard.maxIndentation) columns; it is not parsed", path: path, line: line)
            return
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                root = nil
                problem = Evidence("\(path) is empty", path: path, line: 1)
                return
            }
            guard node.mapping != nil else {
                root = nil
                problem = Evidence("\(path) is not a YAML mapping of keys", path: path, line: node.mark?.line ?? 1)
                return
            }
            root = WorkflowNode(node)
            problem = nil
        } catch {
            root = nil
            let (message, line) = Self.describe(error, text: text)
            problem = Evidence("\(path) is not valid YAML: \(message)", path: path, line: line)
        }
    }

    /// A file that exists but is not UTF-8 text.
    private init(unreadable path: String) {
        self.path = path
        lines = TextLines("")
        root = nil
        problem = Evidence("\(path) is not UTF-8 text", path: path)
    }

    /// The workflows under `.github/workflows/` that `.groundwork.yaml` does not exclude.
    static func workflows(in context: AuditContext) -> [WorkflowFile] {
        load(context) { file in
            file.path.utf8.starts(with: ".github/workflows/".utf8) && TextPaths.directory(file.path) == ".github/workflows"
                && ["yml", "yaml"].contains(TextPaths.fileExtension(file.path))
        }
    }

    /// Action definitions (`action.yml`) under `.github/` or at the root, whose composite steps also run.
    static func actions(in context: AuditContext) -> [WorkflowFile] {
        load(context) { file in
            (file.path.utf8.starts(with: ".github/".utf8) || !file.path.utf8.contains(UInt8(ascii: "/")))
                && ["action.yml", "action.yaml"].contains(TextPaths.name(file.path))
        }
    }

    private static func load(_ context: AuditContext, where wanted: (SnapshotFile) -> Bool) -> [WorkflowFile] {
        context.includedFiles.filter(wanted).compactMap { read($0, in: context.snapshot) }
    }

    /// Reads and parses one file; nil for a damaged object or an oversized file, which the engine reports.
    static func read(_ file: SnapshotFile, in snapshot: RepoSnapshot) -> WorkflowFile? {
        guard file.size <= RepoSnapshot.maxContentBytes else { return nil }
        guard let text = snapshot.text(file) else {
            return snapshot.unreadable[file.path] == nil ? WorkflowFile(unreadable: file.path) : nil
        }
        return WorkflowFile(path: file.path, text: text)
    }

    /// The parser's complaint in one line, and the 1-based line it points at.
    static func describe(_ error: Error, text: String) -> (String, Int?) {
        guard let yamlError = error as? YamlError else { return (String(describing: error), nil) }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) (line \($0.mark.line)), " } ?? ""
            return (detail + problem, mark.line)
        case .reader(let problem, let offset, _, _):
            return (
                problem,
                offset.map { characterOffset in
                    let prefix = text.prefix(characterOffset)
                    return TextLines.line(ofUTF8Offset: prefix.utf8.count, in: text)
                }
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ("duplicate keys \(duplicates.joined(separator: ", "))", context.mark.line)
        default:
            return (String(describing: yamlError), nil)
        }
    }
}
