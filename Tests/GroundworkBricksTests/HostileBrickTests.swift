import Foundation
import Testing

@testable import GroundworkBricks

/// A third-party brick is untrusted input: its manifest and templates must fail with a message,
/// never hang, exhaust memory or crash (issue 10, D2 and D3).
@Suite("hostile brick manifests and templates")
struct HostileBrickTests {
    /// The "billion laughs" brick.yaml: aliases nested in `when: any:`, nine to a level.
    static let aliasBomb: String = {
        var lines = ["id: lol", "version: 1.0.0", "summary: Aliases that multiply", "when:", "  any:", "    - &l0 {is_service: true}"]
        for level in 1...9 {
            let previous = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("    - &l\(level) {any: [\(previous)]}")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test(.timeLimit(.minutes(1)))
    func aliasesThatMultiplyAreRefusedAtOnce() throws {
        #expect(Self.aliasBomb.utf8.count < 1_000)
        let started = Date()
        #expect { try BrickManifestParser.parse(Self.aliasBomb, file: "lol/brick.yaml") } throws: { error in
            guard let error = error as? BrickError else { return false }
            return error.code == .manifest && error.message.contains("aliases") && error.file == "lol/brick.yaml"
        }
        #expect(Date().timeIntervalSince(started) < 2, "refused in well under the 43 s the expansion took")
    }

    @Test func anAliasThatDoesNotMultiplyIsStillRead() throws {
        let manifest = try BrickManifestParser.parse(
            """
            id: small
            version: 1.0.0
            summary: One alias
            fixes: &fixes [delivery.dockerfile]
            when: {any: [{is_service: true}, {is_service: true}]}
            """, file: "small/brick.yaml")
        #expect(manifest.id == "small")
    }

    @Test func deeplyNestedYAMLIsRefusedBeforeParsing() throws {
        let text = "id: deep\nversion: 1.0.0\nsummary: deep\nwhen: " + String(repeating: "{any: [", count: 3_000) + "\n"
        #expect { try BrickManifestParser.parse(text, file: "deep/brick.yaml") } throws: { error in
            // The shared strict YAML reader's guard (GroundworkFormats) says where and how deep.
            (error as? BrickError)?.message.contains("nests deeper") == true
        }
    }

    @Test(arguments: [
        String(repeating: "{{#a}}", count: 3_000) + "x" + String(repeating: "{{/a}}", count: 3_000),
        "{{=<% %>=}}" + String(repeating: "<%^a%>", count: 3_000) + "x" + String(repeating: "<%/a%>", count: 3_000),
    ])
    func thousandsOfNestedSectionsAreAnErrorNotACrash(_ template: String) throws {
        #expect { try TemplateRenderer.compile(template, file: "evil/Dockerfile.mustache") } throws: { error in
            guard let error = error as? BrickError else { return false }
            return error.code == .template && error.message.contains("nest deeper than 100") && error.line == 1
        }
        #expect(throws: BrickError.self) { try TemplateRenderer.render(template, file: "evil/Dockerfile.mustache", context: [:]) }
    }

    @Test func ordinaryNestingStillRenders() throws {
        let template = "line\n" + String(repeating: "{{#a}}", count: 50) + "x" + String(repeating: "{{/a}}", count: 50) + "\n"
        #expect(try TemplateRenderer.render(template, file: "ok.mustache", context: ["a": true]) == "line\nx\n")
        #expect(TemplateRenderer.excessiveSectionDepthLine(in: "a\nb\n" + String(repeating: "{{#a}}", count: 101)) == 3)
    }
}
