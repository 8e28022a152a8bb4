import Foundation
import GroundworkSecrets
import Testing

/// docs/secret-rules.md is generated from the rules; this fails when it is stale.
@Suite struct SecretRuleCatalogTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func catalogueInDocsIsCurrent() throws {
        let path = Self.packageRoot.appendingPathComponent("docs/secret-rules.md")
        let generated = SecretRuleCatalog.markdown()
        if ProcessInfo.processInfo.environment["GROUNDWORK_RECORD_DOCS"] != nil {
            try Data(generated.utf8).write(to: path)
            Issue.record("docs/secret-rules.md was re-recorded; run the test again without GROUNDWORK_RECORD_DOCS")
        }
        let committed = try String(contentsOf: path, encoding: .utf8)
        #expect(committed == generated, "docs/secret-rules.md is stale: run GROUNDWORK_RECORD_DOCS=1 swift test --filter SecretRuleCatalogTests")
    }
}
