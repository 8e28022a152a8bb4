#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// A sharded fleet run on PostgreSQL through the built binary: three shard processes at once, twice,
/// then `fleet merge` and `fleet report` from the shared database.
@Suite(
    .serialized,
    .enabled(if: PostgresTestDatabase.url != nil, "GROUNDWORK_TEST_POSTGRES_URL is not set: run scripts/postgres-for-tests.sh start (scripts/test.sh does) to test sharded runs on PostgreSQL"))
struct StorePostgresBinaryTests {
    @Test func threeShardProcessesOnPostgresMergeAndReport() throws {
        let url = try #require(PostgresTestDatabase.url)
        let home = try ScratchDirectory()
        let builder = try FleetFixtures.repository()
        var sources = ""
        for index in 1...8 {
            try FileManager.default.copyItem(atPath: builder.path, toPath: home.path + "/svc-\(index)")
            sources += "  - path: svc-\(index)\n    client: \(index % 2 == 0 ? "acme" : "globex")\n"
        }
        _ = try home.write("version: 1\nname: sharded-pg\nsources:\n" + sources, to: "fleet.yaml")
        let runID = PostgresTestDatabase.prefix("bin")
        for round in 1...2 {
            let shards = try (1...3).map { index in
                try FleetBinaryTests.start(["fleet", "audit", "--shard", "\(index)/3", "--run", "\(runID)-\(round)", "--store", url], home: home.path, directory: home.path)
            }
            for shard in shards {
                let result = shard.wait()
                #expect(result.status == 0, "\(result.standardOutput)\n\(result.standardError)")
            }
        }
        let merge = try FleetBinaryTests.run(["fleet", "merge", "--run", "\(runID)-2", "--store", url], home: home.path, directory: home.path)
        #expect(merge.status == 0, "\(merge.standardOutput)\n\(merge.standardError)")
        #expect(merge.standardOutput.contains("(3 shards): 5 audited, 0 failed, 3 skipped"))
        let unknown = try FleetBinaryTests.run(["fleet", "merge", "--run", "\(runID)-9", "--store", url], home: home.path, directory: home.path)
        #expect(unknown.status == 64)

        let output = home.path + "/fleet.html"
        let report = try FleetBinaryTests.run(["fleet", "report", "--run", "\(runID)-2", "--store", url, "--format", "html", "--output", output], home: home.path, directory: home.path)
        #expect(report.status == 0, "\(report.standardError)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains(Entitlement.evaluationMarker))
        #expect(html.components(separatedBy: "<svg class=\"trend\"").count - 1 == 2)
        for client in ["acme", "globex"] { #expect(html.contains("<th scope=\"row\">\(client)</th>")) }

        let json = try FleetBinaryTests.run(["fleet", "report", "--run", "\(runID)-2", "--store", url, "--format", "json"], home: home.path, directory: home.path)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["repositories"] as? Int == 8)
        #expect(summary["audited"] as? Int == 5)
        #expect((document["run"] as? [String: Any])?["shardCount"] as? Int == 3)
    }
}
#endif
