import Yams

/// `permissions: {contents: read}` at workflow level when the workflow sets none: the token every job
/// gets is read-only unless a job asks for more. The block goes right above `jobs:` when that key starts
/// a line of its own, indented like the file's jobs; otherwise merge-yaml's text patcher adds it at the
/// end of the top-level mapping. Nothing else in the file changes.
struct WorkflowPermissionsEdit: InPlaceEdit {
    func apply(to text: String, path: String) throws -> EditResult {
        guard let root = try ManifestReader.compose(text, file: path, code: .merge), let mapping = root.mapping else {
            return EditResult(text: text, notes: ["\(path): not a YAML mapping, so no workflow permissions were added"])
        }
        if mapping["permissions"] != nil { return EditResult(text: text) }
        let jobsKey = mapping.keys.first { $0.scalar?.string == "jobs" }
        var lines = text.components(separatedBy: "\n")
        if mapping.style != .flow, let line = jobsKey?.mark?.line, jobsKey?.mark?.column == 1, line >= 1, line <= lines.count, lines[line - 1].hasPrefix("jobs:") {
            let jobs = mapping["jobs"]?.mapping
            // A job key on its own line gives the file's indentation; `jobs: {…}` on one line gives none.
            let firstJob = jobs?.keys.first?.mark
            let indent = firstJob.map { $0.line > line ? max(1, $0.column - 1) : 2 } ?? 2
            lines.insert(contentsOf: ["permissions:", String(repeating: " ", count: indent) + "contents: read"], at: line - 1)
            return EditResult(text: lines.joined(separator: "\n"))
        }
        return EditResult(text: try YAMLMerge.merge(base: nil, ours: text, theirs: "permissions:\n  contents: read\n", path: path))
    }
}
