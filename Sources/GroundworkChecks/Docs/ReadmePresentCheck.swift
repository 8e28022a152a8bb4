import Foundation
import GroundworkAuditModel

/// A README exists where GitHub shows it and says more than the project's name.
struct ReadmePresentCheck: Check {
    let id = "docs.readme"
    let title = "A README explains the project"
    let severity = Severity.medium
    let rationale =
        "The README is the first thing a developer, a client or a reviewer reads: what the project does, how to run it and how to test it. Without one every newcomer asks the same questions."
    let fixedBy = ["community"]
    let effortHours = 2.0

    /// A README shorter than this is a title, not an explanation.
    static let minimumLines = 3
    static let minimumProseCharacters = 200

    func evaluate(_ context: AuditContext) -> CheckOutcome {
        guard let file = TextCommunityFiles.find(["readme"], in: context) else {
            return .failed([Evidence("no README in \(TextCommunityFiles.placesDescription)")])
        }
        guard let text = TextContent.text(of: file, in: context.snapshot) else {
            return .failed([Evidence("\(file.path) cannot be read as UTF-8 text", path: file.path)])
        }
        let size = Self.measure(text)
        guard size.lines >= Self.minimumLines, size.prose >= Self.minimumProseCharacters else {
            return .failed([
                Evidence(
                    "\(file.path) is too short to explain the project: \(size.lines) non-empty lines and \(size.prose) characters of text (at least \(Self.minimumLines) lines and \(Self.minimumProseCharacters) characters expected)",
                    path: file.path, line: 1
                )
            ])
        }
        return .passed
    }

    /// Non-empty lines, and characters of text outside headings, badges, images, lone HTML tags,
    /// link definitions, rules and code fences: what is left once the decoration is taken away.
    static func measure(_ text: String) -> (lines: Int, prose: Int) {
        var lines = 0, prose = 0
        for line in TextLines(text).lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            lines += 1
            if !isDecoration(trimmed) { prose += trimmed.count }
        }
        return (lines, prose)
    }

    private static func isDecoration(_ line: String) -> Bool {
        if line.hasPrefix("#") || line.hasPrefix("![") || line.hasPrefix("[![") || line.hasPrefix("```") || line.hasPrefix("~~~") {
            return true
        }
        if line.hasPrefix("<"), line.hasSuffix(">") { return true }
        if line.hasPrefix("["), line.contains("]:") { return true }
        // Setext and reStructuredText underlines, horizontal rules.
        return line.allSatisfy { "=-*_~^+#`".contains($0) || $0 == " " }
    }

    var examples: [CheckExample] {
        [
            CheckExample("a README that explains", .pass, files: ["README.md": ContentExampleTexts.readme]),
            CheckExample("a lower-case readme in docs/", .pass, files: ["docs/readme.rst": ContentExampleTexts.readme, "src/main.py": "print('hi')\n"]),
            CheckExample("no README", .fail, files: ["src/index.js": "console.log('hi')\n"]),
            CheckExample(
                "a README with only a title and a badge", .fail,
                files: [
                    "README.md": "# acme-api\n\n[![build](https://ci.example.com/badge.svg)](https://ci.example.com)\n"
                ]),
        ]
    }
}
