import Foundation
import GroundworkTestSupport
import Testing

@Suite("groundwork model facts through the binary")
struct ModelFactsEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The facts of the shop model file are the published ones (docs/examples/shop.facts.json).
    @Test func shopFactsAreThePublishedOnes() throws {
        let scratch = ScratchDirectory()
        let result = try BinaryRunner.run(["model", "facts", Self.root + "/docs/examples/shop.model.yaml"], environment: BinaryRunner.environment(cache: scratch.path))
        #expect(result.status == 0, "\(result.standardError)")
        let published = try String(contentsOfFile: Self.root + "/docs/examples/shop.facts.json", encoding: .utf8)
        #expect(result.standardOutput == published)
    }

    @Test func anUnknownEntityIsAUsageError() throws {
        let scratch = ScratchDirectory()
        let result = try BinaryRunner.run(["model", "facts", Self.root + "/docs/examples/shop.model.yaml", "--entity", "Nope"], environment: BinaryRunner.environment(cache: scratch.path))
        #expect(result.status == 64)
        #expect(result.standardError.contains("Customer"))
    }
}
