import GroundworkAuditModel

/// What the language tally needs of one file's content: a pure function of its bytes, so the audit caches
/// it by blob id (next to the tree's secret scans) and a re-audit counts languages without reading a file
/// it has seen before.
package struct SourceFileFacts: Sendable, Equatable {
    /// False for binary or non-UTF-8 content, which the tally leaves out.
    package var isText: Bool
    /// UTF-8 bytes of the text.
    package var bytes: Int
    /// Lines, counting a last line without a newline.
    package var lines: Int
    /// True when one of its first lines says a tool wrote it.
    package var isGenerated: Bool
    /// The language its `#!` line names; the tally uses it for files without an extension.
    package var shebangLanguage: String?

    /// The facts of a file whose content decodes to `text`, or of one that is not text (nil).
    package init(text: String?) {
        guard let text else {
            self.init(isText: false, bytes: 0, lines: 0, isGenerated: false, shebangLanguage: nil)
            return
        }
        let firstLine = text.prefix(256).split(separator: "\n", maxSplits: 1).first
        self.init(
            isText: true, bytes: text.utf8.count, lines: LanguageTally.lineCount(text),
            isGenerated: GeneratedCodeMarkers.isGenerated(text), shebangLanguage: firstLine.flatMap(LanguageCatalog.language(shebang:))
        )
    }

    package init(isText: Bool, bytes: Int, lines: Int, isGenerated: Bool, shebangLanguage: String?) {
        self.isText = isText
        self.bytes = bytes
        self.lines = lines
        self.isGenerated = isGenerated
        self.shebangLanguage = shebangLanguage
    }

    /// Changes whenever the rules that compute these facts change (the generated-code markers, the shebang
    /// table), so a cache made under other rules is dropped rather than trusted.
    package static var rulesFingerprint: String {
        let interpreters = LanguageCatalog.byInterpreter.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return "1;" + GeneratedCodeMarkers.fingerprint + ";" + interpreters.joined(separator: ",") + ";" + PortScanner.codeRulesFingerprint
    }
}
