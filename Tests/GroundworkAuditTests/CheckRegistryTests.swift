import Foundation
import GroundworkAuditModel
import GroundworkChecks
import Testing

/// Keeps the registry and its documentation honest.
@Suite("Check registry")
struct CheckRegistryTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyCheckTypeIsRegistered() throws {
        let sources = Self.packageRoot.appendingPathComponent("Sources/GroundworkChecks")
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var declared: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"struct\s+(\w+)\s*:\s*Check\b"#)
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                declared.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        let registered = Set(CheckRegistry.all.map { String(describing: type(of: $0)) })
        #expect(declared.subtracting(registered).isEmpty, "not registered: \(declared.subtracting(registered).sorted())")
        #expect(!declared.isEmpty)
    }

    @Test func idsAreUniqueDottedAndInTheirArea() {
        let ids = CheckRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for check in CheckRegistry.all {
            #expect(check.id.range(of: #"^[a-z]+\.[a-z0-9-]+$"#, options: .regularExpression) != nil, "\(check.id)")
            #expect(check.id.hasPrefix(check.area.rawValue + "."), "\(check.id) is not in a known area")
            #expect(!check.rationale.isEmpty && !check.title.isEmpty)
            #expect(check.effortHours >= 0)
        }
    }

    @Test func catalogueInDocsIsCurrent() throws {
        let path = Self.packageRoot.appendingPathComponent("docs/checks.md")
        let generated = CheckCatalog.markdown()
        if ProcessInfo.processInfo.environment["GROUNDWORK_RECORD_DOCS"] != nil {
            try Data(generated.utf8).write(to: path)
            Issue.record("recorded docs/checks.md; run again without GROUNDWORK_RECORD_DOCS to check it")
            return
        }
        let committed = try String(contentsOf: path, encoding: .utf8)
        #expect(committed == generated, "docs/checks.md is stale: run GROUNDWORK_RECORD_DOCS=1 swift test --filter CheckRegistryTests")
    }
}
