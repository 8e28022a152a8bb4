#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkScale

/// `groundwork scale report` through the built binary, measuring real services on loopback with Debian's wrk.
/// Short steps (1 s) keep the suite near a minute; the numbers are checked for plausibility, not exactness.
@Suite(.serialized) struct ScaleReportBinaryTests {
    static let environment = ProcessInfo.processInfo.environment
    static func onPath(_ tool: String) -> Bool {
        (environment["PATH"] ?? "").split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }
    static let prerequisites = onPath("wrk") && onPath("python3")

    /// The arguments that measure `python3 -m http.server` on a free port.
    static func pythonServer(_ extra: [String]) throws -> [String] {
        let port = try #require(ServiceProcess.freePort())
        return [
            "scale", "report", "--start", "python3 -m http.server \(port) --bind 127.0.0.1", "--url", "http://127.0.0.1:\(port)/",
            "--duration", "1s", "--warmup", "1s", "--max-connections", "8",
        ] + extra
    }

    static func json(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    @Test(.enabled(if: prerequisites || environment["CI"] == "true", "wrk or python3 is not on PATH"))
    func measuresAnHTTPServiceAndWritesAPlausibleSheet() throws {
        #expect(Self.prerequisites, "CI=true but wrk or python3 is missing: apt-get install wrk")
        let home = ScratchDirectory()
        let output = home.appending("sheet.json")
        let run = try FleetBinaryTests.run(try Self.pythonServer(["--p95-target", "500ms", "--format", "json", "--output", output]), home: home.path, directory: home.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("connections:"), "progress lines: \(run.standardError)")
        let sheet = try Self.json(output)
        #expect(sheet["schema"] as? String == CapacityJSONRenderer.schema)
        #expect((sheet["evaluation"] as? String)?.hasPrefix("EVALUATION") == true)
        let measurement = try #require(sheet["measurement"] as? [String: Any])
        let steps = try #require(measurement["steps"] as? [[String: Any]])
        #expect((1...4).contains(steps.count))
        for step in steps {
            let rps = step["rps"] as? Double ?? 0
            let cpu = (step["cpu_milliseconds"] as? Double ?? 0) / Double(max(step["requests"] as? Int ?? 1, 1))
            #expect(rps > 20 && rps < 1_000_000, "req/s \(rps)")
            #expect(cpu > 0.001 && cpu < 100, "CPU ms per request \(cpu)")
            #expect((step["p95_milliseconds"] as? Double ?? 0) > 0)
            let rss = step["rss_bytes"] as? Int ?? 0
            #expect(rss > 4 << 20 && rss < 1 << 30, "RSS \(rss)")
        }
        let tools = try #require(measurement["tools"] as? [[String: Any]])
        #expect((tools.first?["version"] as? String)?.contains("4.") == true, "wrk's version: \(tools)")
        let plan = try #require(sheet["plan"] as? [String: Any])
        #expect((plan["rps_per_process"] as? Double ?? 0) > 20)
        #expect((plan["min_replicas"] as? Int ?? 0) >= 2)
        #expect((plan["max_replicas"] as? Int ?? 0) > (plan["min_replicas"] as? Int ?? 0))
        #expect((sheet["replica_curve"] as? [Any])?.count == 288)
    }

    @Test(.enabled(if: prerequisites && PostgresTestDatabase.url != nil, "needs wrk, python3 and GROUNDWORK_TEST_POSTGRES_URL"))
    func countsTheServicesDatabaseConnections() throws {
        let url = try #require(PostgresTestDatabase.url)
        let home = ScratchDirectory()
        let output = home.appending("sheet.json")
        let port = try #require(ServiceProcess.freePort())
        // psql, started by the service's shell, holds one connection: a process of the service's tree.
        let command = "psql \"$DATABASE_URL\" -qAtc 'select pg_sleep(120)' >/dev/null & python3 -m http.server \(port) --bind 127.0.0.1"
        let run = try FleetBinaryTests.run(
            [
                "scale", "report", "--start", command, "--url", "http://127.0.0.1:\(port)/", "--database-url", url,
                "--duration", "1s", "--warmup", "0s", "--max-connections", "2", "--p95-target", "1s", "--format", "json", "--output", output,
            ],
            home: home.path, directory: home.path
        )
        #expect(run.status == 0, "\(run.standardError)")
        let sheet = try Self.json(output)
        let measurement = try #require(sheet["measurement"] as? [String: Any])
        let database = try #require(measurement["database"] as? [String: Any])
        #expect((database["max_connections"] as? Int ?? 0) > 0)
        let steps = try #require(measurement["steps"] as? [[String: Any]])
        #expect(steps.allSatisfy { $0["database_connections"] as? Int == 1 }, "\(steps)")
        let plan = try #require(sheet["plan"] as? [String: Any])
        let sizing = try #require(plan["database"] as? [String: Any])
        #expect(sizing["pool_size_per_process"] as? Int == 1)
    }

    @Test(.enabled(if: prerequisites, "wrk or python3 is not on PATH"))
    func theHTMLSheetOfARealRunHasItsCharts() throws {
        let home = ScratchDirectory()
        let output = home.appending("sheet.html")
        let run = try FleetBinaryTests.run(try Self.pythonServer(["--p95-target", "500ms", "--output", output]), home: home.path, directory: home.path)
        #expect(run.status == 0, "\(run.standardError)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.components(separatedBy: "<svg class=\"trend\"").count - 1 == 4)
        #expect(html.contains("Method") && html.contains("wrk "))
    }

    @Test(.enabled(if: onPath("wrk"), "wrk is not on PATH"))
    func aServiceThatExitsIsReportedAndNothingIsWritten() throws {
        let home = ScratchDirectory()
        let output = home.appending("sheet.html")
        let run = try FleetBinaryTests.run(
            ["scale", "report", "--start", "echo listening never; exit 3", "--url", "http://127.0.0.1:9/", "--output", output],
            home: home.path, directory: home.path
        )
        #expect(run.status == 2)
        #expect(run.standardError.contains("exited before http://127.0.0.1:9/ answered"), "\(run.standardError)")
        #expect(run.standardError.contains("listening never"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test(.enabled(if: prerequisites, "wrk or python3 is not on PATH"))
    func aServiceThatNeverAnswersTimesOutAndIsStopped() throws {
        let home = ScratchDirectory()
        let output = home.appending("sheet.json")
        let marker = "groundwork-scale-silent-\(UUID().uuidString.prefix(8))"
        let port = try #require(ServiceProcess.freePort())
        let run = try FleetBinaryTests.run(
            [
                "scale", "report", "--start", "python3 -c 'import time; time.sleep(60)' \(marker)", "--url", "http://127.0.0.1:\(port)/", "--start-timeout", "2s", "--format", "json", "--output",
                output,
            ],
            home: home.path, directory: home.path
        )
        #expect(run.status == 2)
        #expect(run.standardError.contains("did not answer within 2 s"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output))
        // The service was stopped with its process group: no process carries the marker any more.
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        let left = processes.filter { Int($0) != nil }.filter {
            ((try? String(contentsOfFile: "/proc/\($0)/cmdline", encoding: .utf8)) ?? "").contains(marker)
        }
        #expect(left.isEmpty, "still running: \(left)")
    }

    @Test func badOptionsAndProfilesExit64WithTheirLine() throws {
        let home = ScratchDirectory()
        let profile = try home.write("day.csv", "time,rps\n09:00,100\n9h,200\n")
        let bad = try FleetBinaryTests.run(["scale", "report", "--start", "true", "--url", "http://127.0.0.1:9/", "--profile", profile], home: home.path, directory: home.path)
        #expect(bad.status == 64)
        #expect(bad.standardError.contains("day.csv:3: time \"9h\""), "\(bad.standardError)")
        let missing = try FleetBinaryTests.run(["scale", "report", "--start", "true"], home: home.path, directory: home.path)
        #expect(missing.status == 64)
        #expect(missing.standardError.contains("--start needs --url"))
        let target = try FleetBinaryTests.run(["scale", "report", "--start", "true", "--url", "http://127.0.0.1:9/", "--p95-target", "fast"], home: home.path, directory: home.path)
        #expect(target.status == 64)
        #expect(target.standardError.contains("--p95-target fast"))
        let service = try FleetBinaryTests.run(["scale", "report", "--service", home.path], home: home.path, directory: home.path)
        #expect(service.status == 64)
        #expect(service.standardError.contains("no Makefile"))
    }
}
#endif
