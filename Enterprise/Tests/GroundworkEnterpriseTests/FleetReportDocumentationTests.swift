#if Enterprise
import Foundation
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// docs/fleet-reports.md and docs/fleet-store.md stay in step with the code they describe.
@Suite struct FleetReportDocumentationTests {
    private static func document(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("docs/\(name)"), encoding: .utf8)
    }

    @Test func everyFormatIsDocumented() throws {
        let text = try Self.document("fleet-reports.md")
        for format in FleetReportFormat.allCases {
            #expect(text.contains("html|markdown|csv|json|sarif"))
            #expect(text.lowercased().contains("## \(format.rawValue)"), "docs/fleet-reports.md has no section for \(format.rawValue)")
        }
    }

    @Test func theCSVHeaderIsTheDocumentedOne() throws {
        #expect(try Self.document("fleet-reports.md").contains(FleetCSVRenderer.columns.joined(separator: ",")))
    }

    @Test func theJSONSchemaVersionIsTheDocumentedOne() throws {
        #expect(try Self.document("fleet-reports.md").contains("## JSON (schema version \(FleetJSONRenderer.schemaVersion))"))
    }

    @Test func everyStoreColumnIsDocumented() throws {
        let text = try Self.document("fleet-store.md")
        #expect(text.contains("## Schema (version \(FleetStoreCoding.schemaVersion))"))
        for statement in PostgresFleetSchema.statements where statement.hasPrefix("CREATE TABLE") {
            let columns = statement.split(separator: "\n").dropFirst().compactMap { line -> String? in
                let word = line.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init)
                return word.flatMap { $0.allSatisfy { $0.isLowercase || $0 == "_" } ? $0 : nil }
            }
            for column in columns {
                #expect(text.contains("`\(column)`"), "docs/fleet-store.md does not describe the column \(column)")
            }
        }
    }

    @Test func theExamplesUseTheDocumentedFlags() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let job = try String(contentsOf: root.appendingPathComponent("docs/examples/k8s-indexed-job.yaml"), encoding: .utf8)
        #expect(job.contains("completionMode: Indexed"))
        #expect(job.contains("--shard=auto/3"))
        #expect(job.contains("completions: 3"))
        #expect(job.contains("secretKeyRef"))
        let matrix = try String(contentsOf: root.appendingPathComponent("docs/examples/github-actions-fleet-matrix.yml"), encoding: .utf8)
        #expect(matrix.contains("--shard ${{ matrix.shard }}/3"))
        #expect(matrix.contains("groundwork fleet merge --run"))
        _ = try FleetMergeCommand.parse(["--run", "x", "--store", "postgres://u@h/db"])
        _ = try FleetReportCommand.parse(["--run", "x", "--format", "sarif", "--output", "fleet.sarif", "--webhook", "https://hooks.example/x"])
    }
}
#endif
