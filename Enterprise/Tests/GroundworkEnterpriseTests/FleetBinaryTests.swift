#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// `groundwork fleet …` and `groundwork policy check` run through the built binary, as a user runs them.
/// No licence can be injected into the binary, so these runs are in evaluation mode.
@Suite(.serialized) struct FleetBinaryTests {
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `groundwork` binary beside the test bundle.
    static var binaryPath: String {
        if let override = ProcessInfo.processInfo.environment["GROUNDWORK_BINARY"] { return override }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("groundwork").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return "groundwork"
    }

    static func run(_ arguments: [String], home: String, directory: String? = nil) throws -> Run {
        try start(arguments, home: home, directory: directory).wait()
    }

    @Test func fleetAuditThroughTheBinaryRecordsBrokenRepositoriesAndLimitsEvaluation() throws {
        let home = ScratchDirectory()
        let repos = home.path + "/repos"
        try FileManager.default.createDirectory(atPath: repos, withIntermediateDirectories: true)
        var builders: [RepoBuilder] = []
        for (name, license) in [("a-good", true), ("b-unlicensed", false), ("c-legacy", false), ("d-good", true), ("e-good", true), ("f-extra", true)] {
            let builder = try FleetFixtures.repository(license: license)
            try FileManager.default.copyItem(atPath: builder.path, toPath: repos + "/" + name)
            builders.append(builder)
        }
        let policy = try home.write(FleetAuditTests.policyText.replacingOccurrences(of: "repo: legacy", with: "repo: c-legacy"), to: "policy.yaml")
        let fleet = try home.write(
            """
            version: 1
            name: agency
            defaults:
              jobs: 2
              policy: policy.yaml
            sources:
              - path: repos/a-good
                client: acme
              - path: repos/b-unlicensed
                client: beta
              - path: repos/c-legacy
                client: acme
              - path: repos/0-missing
                client: gamma
              - path: repos/d-good
              - path: repos/e-good
              - path: repos/f-extra
            """, to: "fleet.yaml")
        _ = policy

        let list = try Self.run(["fleet", "list", "--fleet", fleet, "--format", "json"], home: home.path)
        #expect(list.status == 0, "\(list.standardError)")
        let listed = try JSONDecoder().decode([FleetRepository].self, from: Data(list.standardOutput.utf8))
        #expect(listed.map(\.name) == ["0-missing", "a-good", "b-unlicensed", "c-legacy", "d-good", "e-good", "f-extra"])

        let audit = try Self.run(["fleet", "audit", "--run", "bin-1"], home: home.path, directory: home.path)
        #expect(audit.status == 2, "\(audit.standardOutput)\n\(audit.standardError)")
        #expect(audit.standardOutput.hasPrefix("EVALUATION"))
        #expect(audit.standardError.contains("evaluation mode"))
        let rows = audit.standardOutput.split(separator: "\n").map(String.init)
        func row(_ name: String) -> String { rows.first { $0.hasPrefix(name + " ") } ?? "" }
        #expect(row("a-good").contains("audited"))
        #expect(row("a-good").contains("silver"))
        #expect(row("b-unlicensed").contains("FAILED"))
        #expect(row("c-legacy").contains("passed"))
        #expect(row("d-good").contains("audited"))
        #expect(row("e-good").contains("skipped"))
        #expect(row("f-extra").contains("skipped"))
        #expect(row("0-missing").contains("failed"))
        #expect(audit.standardOutput.contains("4 audited, 1 failed, 2 skipped"))
        #expect(FileManager.default.fileExists(atPath: home.path + "/.groundwork/fleet.db"))
    }

    @Test func aFleetWithoutBrokenRepositoriesExitsOneOnAGateAndZeroOtherwise() throws {
        let home = ScratchDirectory()
        let good = try FleetFixtures.repository()
        let bad = try FleetFixtures.repository(license: false)
        try FileManager.default.copyItem(atPath: good.path, toPath: home.path + "/good")
        try FileManager.default.copyItem(atPath: bad.path, toPath: home.path + "/bad")
        _ = try home.write(FleetAuditTests.policyText, to: "policy.yaml")
        let passing = try home.write("version: 1\nname: ok\nsources:\n  - path: good\n", to: "ok.yaml")
        let failing = try home.write("version: 1\nname: gate\nsources:\n  - path: good\n  - path: bad\n    client: beta\n", to: "gate.yaml")
        let store = "sqlite:" + home.path + "/results.db"
        let ok = try Self.run(["fleet", "audit", "--fleet", passing, "--policy", home.path + "/policy.yaml", "--store", store], home: home.path)
        #expect(ok.status == 0, "\(ok.standardOutput)\n\(ok.standardError)")
        let gated = try Self.run(["fleet", "audit", "--fleet", failing, "--policy", home.path + "/policy.yaml", "--store", store, "--format", "json"], home: home.path)
        #expect(gated.status == 1, "\(gated.standardOutput)\n\(gated.standardError)")
        #expect(gated.standardOutput.contains("\"gates_passed\" : false"))
    }

    @Test func badFleetFilesAndShardsExit64WithTheirLine() throws {
        let home = ScratchDirectory()
        let fleet = try home.write("version: 1\nname: x\nsources:\n  - path: a\n    colour: red\n", to: "fleet.yaml")
        let bad = try Self.run(["fleet", "list", "--fleet", fleet], home: home.path)
        #expect(bad.status == 64)
        #expect(bad.standardError.contains("fleet.yaml:5: sources[0].colour: unknown key"))
        let good = try home.write("version: 1\nname: x\nsources:\n  - path: a\n", to: "good.yaml")
        let shard = try Self.run(["fleet", "audit", "--fleet", good, "--shard", "0/3"], home: home.path)
        #expect(shard.status == 64, "\(shard.standardError)")
        #expect(shard.standardError.contains("numbered from 1"))
    }

    @Test func policyCheckExitCodes() throws {
        let home = ScratchDirectory()
        let good = try FleetFixtures.repository()
        let bad = try FleetFixtures.repository(license: false)
        let policy = try home.write(FleetAuditTests.policyText, to: "policy.yaml")
        let passed = try Self.run(["policy", "check", good.path, "--policy", policy], home: home.path)
        #expect(passed.status == 0, "\(passed.standardOutput)\n\(passed.standardError)")
        #expect(passed.standardOutput.contains("level silver"))
        #expect(passed.standardOutput.hasPrefix("EVALUATION"))
        let failed = try Self.run(["policy", "check", bad.path, "--policy", policy], home: home.path)
        #expect(failed.status == 1)
        #expect(failed.standardOutput.contains("gate check docs.license: failed"))
        let exempted = try Self.run(["policy", "check", bad.path, "--policy", policy, "--repo", "legacy", "--format", "json"], home: home.path)
        #expect(exempted.status == 0, "\(exempted.standardOutput)")
        #expect(exempted.standardOutput.contains("LEGAL-7"))
        let broken = try home.write("version: 1\ngates:\n  - check: docs.licence\n", to: "broken.yaml")
        let unusable = try Self.run(["policy", "check", good.path, "--policy", broken], home: home.path)
        #expect(unusable.status == 64)
        #expect(unusable.standardError.contains("broken.yaml:3: gates[0]: unknown check id `docs.licence`"))
        #expect(unusable.standardError.contains("did you mean docs.license"))
    }

    @Test func threeShardProcessesShareOneStoreAndMerge() throws {
        let home = ScratchDirectory()
        let builder = try FleetFixtures.repository()
        var sources = ""
        for index in 1...8 {
            try FileManager.default.copyItem(atPath: builder.path, toPath: home.path + "/svc-\(index)")
            sources += "  - path: svc-\(index)\n"
        }
        _ = try home.write("version: 1\nname: sharded\nsources:\n" + sources, to: "fleet.yaml")
        // The three shards run at once, as three pods of an Indexed Job would.
        let runs = try (1...3).map { index in
            try Self.start(["fleet", "audit", "--shard", "\(index)/3", "--run", "nightly", "--format", "json"], home: home.path, directory: home.path)
        }
        var handled: [String] = []
        var auditedCount = 0
        for run in runs {
            let result = run.wait()
            #expect(result.status == 0, "\(result.standardError)")
            let document = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
            let repositories = document?["repositories"] as? [[String: Any]] ?? []
            handled += repositories.compactMap { $0["name"] as? String }
            auditedCount += repositories.filter { $0["status"] as? String == "audited" }.count
        }
        #expect(auditedCount == 5)
        // Evaluation mode: 5 audited and 3 skipped, each by the one shard it belongs to.
        #expect(handled.sorted() == (1...8).map { "svc-\($0)" }.sorted())
        let merge = try Self.run(["fleet", "merge", "--run", "nightly"], home: home.path, directory: home.path)
        #expect(merge.status == 0, "\(merge.standardOutput)\n\(merge.standardError)")
        let missing = try Self.run(["fleet", "merge", "--run", "nightly-2"], home: home.path, directory: home.path)
        #expect(missing.status != 0)
    }

    @Test func processesOpeningOneNewSQLiteStoreTogetherAllOpenIt() throws {
        let home = ScratchDirectory()
        for round in 1...4 {
            // `fleet merge` opens (and so creates and migrates) the store, then finds no such run: exit 64.
            let store = "sqlite:" + home.path + "/round-\(round)/fleet.db"
            let runs = try (1...4).map { _ in try Self.start(["fleet", "merge", "--run", "none", "--store", store], home: home.path) }
            for result in runs.map({ $0.wait() }) {
                #expect(result.status == 64, "round \(round): \(result.standardError)")
                #expect(result.standardError.contains("no run 'none'"), "round \(round): \(result.standardError)")
            }
        }
    }

    /// A running binary; `wait()` collects its exit status and output.
    final class Started: Sendable {
        let process: Process
        let errorFile: String
        private let output = OutputBox()

        init(process: Process, output pipe: Pipe, errorFile: String) {
            self.process = process
            self.errorFile = errorFile
            // Standard output is drained while the binary runs, so a full pipe can never block it.
            let handle = pipe.fileHandleForReading
            Thread { [output] in output.set(handle.readDataToEndOfFile()) }.start()
        }

        func wait() -> Run {
            process.waitUntilExit()
            var data = output.get()
            while data == nil {
                usleep(5_000)
                data = output.get()
            }
            let errors = (try? Data(contentsOf: URL(fileURLWithPath: errorFile))) ?? Data()
            try? FileManager.default.removeItem(atPath: errorFile)
            return Run(
                status: process.terminationStatus, standardOutput: String(decoding: data ?? Data(), as: UTF8.self),
                standardError: String(decoding: errors, as: UTF8.self)
            )
        }
    }

    /// The standard output of a binary, handed from the thread that reads it.
    final class OutputBox: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?

        func set(_ value: Data) { lock.withLock { data = value } }
        func get() -> Data? { lock.withLock { data } }
    }

    /// Starts the binary with a scratch cache and config (so no licence: evaluation mode) and a fixed "now".
    static func start(_ arguments: [String], home: String, directory: String? = nil) throws -> Started {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binaryPath)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GROUNDWORK_CACHE_DIR"] = home + "/cache"
        environment["GROUNDWORK_CONFIG_DIR"] = home + "/config"
        environment["GROUNDWORK_NOW"] = "2026-01-01T12:00:00Z"
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: LicenseStore.environmentVariable)
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let errorFile = home + "/stderr-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        let output = Pipe()
        process.standardOutput = output
        // Standard error goes to a file so that it can never fill a pipe and block the child.
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
        try UnblockedSignals.run(process)
        return Started(process: process, output: output, errorFile: errorFile)
    }
}
#endif
