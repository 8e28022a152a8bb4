import GroundworkAuditModel

/// A CODEOWNERS file names who reviews which part of the repository.
struct CodeOwnersPresentCheck: Check {
    let id = "docs.codeowners"
    let title = "CODEOWNERS names who reviews each part of the code"
    let severity = Severity.low
    let rationale = "CODEOWNERS requests the right reviewers automatically and, with branch protection, makes their review required. It also tells a newcomer whom to ask about a folder."
    let fixedBy = ["community"]
    let effortHours = 0.5

    /// Where GitHub (`.github/`, root, `docs/`) and GitLab (`.gitlab/`) look, in order.
    static let directories = [".github", "", "docs", ".gitlab"]

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        let named = TextCommunityFiles.shallowFiles(context).filter { TextPaths.name($0.path).lowercased() == "codeowners" }
        let file = Self.directories.lazy.compactMap { directory in
            named.first { TextPaths.directory($0.path).lowercased() == directory }
        }.first
        guard let file else {
            return .failed([Evidence("no CODEOWNERS in the root, .github/ or docs/")])
        }
        guard let text = TextContent.text(of: file, in: context.snapshot) else {
            return .failed([Evidence("\(file.path) cannot be read as UTF-8 text", path: file.path)])
        }
        guard Self.hasRule(text) else {
            return .failed([Evidence("\(file.path) has no rule: add a path pattern followed by an owner (`* @acme/backend`)", path: file.path, line: 1)])
        }
        return .passed
    }

    /// True when a line names a pattern and at least one owner (`@user`, `@org/team` or an email).
    static func hasRule(_ text: String) -> Bool {
        TextLines(text).meaningfulLines().contains { _, line in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            return fields.count >= 2 && fields.dropFirst().contains { $0.hasPrefix("@") || $0.contains("@") }
        }
    }

    var examples: [CheckExample] {
        [
            CheckExample("CODEOWNERS in .github/", .pass, files: [".github/CODEOWNERS": "# Reviewers\n* @acme/backend\n/web/ @acme/frontend\n"]),
            CheckExample("no CODEOWNERS", .fail, files: ["README.md": ContentExampleTexts.readme]),
            CheckExample("CODEOWNERS with comments only", .fail, files: ["CODEOWNERS": "# TODO: add owners\n"]),
        ]
    }
}
