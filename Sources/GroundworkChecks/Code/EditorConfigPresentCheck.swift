import GroundworkAuditModel

/// An `.editorconfig` at the root sets indentation, line endings and the final newline for every editor.
struct EditorConfigPresentCheck: Check {
    let id = "code.editorconfig"
    let title = "An .editorconfig sets indentation and line endings"
    let severity = Severity.low
    let rationale = "Without .editorconfig each editor applies its own tabs, widths and line endings, and diffs fill with whitespace changes. Every common editor reads it, most without a plugin."
    let fixedBy = ["editorconfig"]
    let effortHours = 0.25

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        guard let file = context.snapshot.file(at: ".editorconfig"), !context.configuration.isExcluded(file.path) else {
            return .failed([Evidence("no .editorconfig at the root of the repository")])
        }
        guard let text = context.snapshot.text(file), text.contains(where: { !$0.isWhitespace }) else {
            return .failed([Evidence(".editorconfig is empty or not text", path: file.path, line: 1)])
        }
        return .passed
    }

    var examples: [CheckExample] {
        [
            CheckExample("an .editorconfig", .pass, files: [".editorconfig": "root = true\n\n[*]\nindent_style = space\nindent_size = 2\nend_of_line = lf\ninsert_final_newline = true\n"]),
            CheckExample("none", .fail, files: ["package.json": ContentExampleTexts.packageJSON]),
            CheckExample("only in a subfolder", .fail, files: ["web/.editorconfig": "root = true\n", "web/index.js": "export {}\n"]),
        ]
    }
}
