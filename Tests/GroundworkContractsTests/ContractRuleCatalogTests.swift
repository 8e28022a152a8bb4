import Foundation
import GroundworkContracts
import Testing

@Suite struct ContractRuleCatalogTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func catalogueInDocsIsCurrent() throws {
        let path = Self.packageRoot.appendingPathComponent("docs/contract-rules.md")
        let generated = ContractRuleCatalog.markdown()
        if ProcessInfo.processInfo.environment["GROUNDWORK_RECORD_DOCS"] != nil {
            try Data(generated.utf8).write(to: path)
            Issue.record("docs/contract-rules.md was re-recorded; run the test again without GROUNDWORK_RECORD_DOCS")
        }
        let committed = try String(contentsOf: path, encoding: .utf8)
        #expect(committed == generated, "docs/contract-rules.md is stale: run GROUNDWORK_RECORD_DOCS=1 swift test --filter ContractRuleCatalogTests")
    }
}
