import Foundation
import GroundworkTestSupport
import Testing

/// The proof of issue 11: for each stack, through the built binary, `groundwork new shop --stack S --model
/// docs/examples/shop.model.yaml`, then the stack's own script (`scripts/stacks/<stack>.sh DIR`: installs
/// what the machine needs, `make install lint test`, starts the service, runs scripts/service-check.sh)
/// against a fresh database of the test PostgreSQL, including a typed Python client generated from the
/// contract making the same round trip against every stack (Fixtures/shop_client_round_trip.py). Two stacks run at a time (they compile and install);
/// each has a deadline, so the whole test stays under ~25 minutes. Measured on a loaded 2-core machine:
/// python-fastapi, node-express and go-chi 3–5 minutes each (schemathesis ~1–2 of them); swift-hummingbird
/// is dominated by compiling its dependencies.
@Suite(.enabled(if: TestPostgres.url != nil, "GROUNDWORK_TEST_POSTGRES_URL is not set: run scripts/postgres-for-tests.sh start (scripts/test.sh does) to build and check the generated services"))
struct GeneratedServiceTests {
    static let stacks = ["python-fastapi", "node-express", "go-chi", "swift-hummingbird"]
    static let postgres = TestPostgres.url
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    /// The longest one stack's script may run: Swift compiles Hummingbird, NIO and PostgresNIO from source,
    /// which took 35 minutes with a cold build folder on a loaded 2-core machine (minutes once it is warm).
    static func deadline(_ stack: String) -> TimeInterval { stack == "swift-hummingbird" ? 40 * 60 : 12 * 60 }

    /// What one stack's run produced.
    struct Outcome: Sendable {
        var stack: String
        var problem: String?
        var seconds: Int
    }

    @Test func everyStackGeneratesAServiceThatPassesItsChecks() async throws {
        let scratch = ScratchDirectory(prefix: "groundwork-services")
        let outcomes = await withTaskGroup(of: Outcome.self) { group in
            var results: [Outcome] = []
            var pending = Self.stacks[...]
            // Two at a time: these machines have two cores and each stack compiles.
            for _ in 0..<2 {
                if let stack = pending.popFirst() { group.addTask { Self.run(stack, scratch: scratch.path) } }
            }
            for await outcome in group {
                results.append(outcome)
                if let stack = pending.popFirst() { group.addTask { Self.run(stack, scratch: scratch.path) } }
            }
            return results
        }
        for outcome in outcomes.sorted(by: { $0.stack < $1.stack }) {
            if let problem = outcome.problem {
                Issue.record("\(outcome.stack) (\(outcome.seconds) s): \(problem)")
            }
        }
    }

    /// `new`, a database, then the stack's script; nil problem when all passed.
    static func run(_ stack: String, scratch: String) -> Outcome {
        let start = Date()
        func outcome(_ problem: String?) -> Outcome { Outcome(stack: stack, problem: problem, seconds: Int(Date().timeIntervalSince(start))) }
        let script = root + "/scripts/stacks/\(stack).sh"
        guard FileManager.default.isExecutableFile(atPath: script) else {
            return outcome("scripts/stacks/\(stack).sh does not exist yet (or is not executable): the generated service was not checked")
        }
        let directory = scratch + "/\(stack)/shop"
        try? FileManager.default.createDirectory(atPath: scratch + "/\(stack)", withIntermediateDirectories: true)
        let environment = BinaryRunner.environment(cache: scratch + "/\(stack)")
        let created: BinaryRunner.Result
        do {
            created = try BinaryRunner.run(["new", directory, "--stack", stack, "--model", root + "/docs/examples/shop.model.yaml"], environment: environment)
        } catch {
            return outcome("could not run groundwork new: \(error)")
        }
        guard created.status == 0 else { return outcome("groundwork new exited \(created.status):\n\(created.standardError)\(created.standardOutput)") }
        guard let postgres, let database = try? freshDatabase(postgres, name: "gw_" + stack.replacingOccurrences(of: "-", with: "_")) else {
            return outcome("could not create a database on \(postgres ?? "nothing")")
        }
        var scriptEnvironment = ProcessInfo.processInfo.environment
        scriptEnvironment["DATABASE_URL"] = database
        // One client for four stacks: service-check.sh generates a Python client from the contract with
        // this binary and runs the same round trip against every stack's service.
        scriptEnvironment["SERVICE_CHECK_CLIENT_TEST"] = root + "/Tests/EndToEndTests/Fixtures/shop_client_round_trip.py"
        scriptEnvironment["GROUNDWORK"] = BinaryRunner.binaryPath
        let result = runScript(script, arguments: [directory], environment: scriptEnvironment, log: scratch + "/\(stack).log", deadline: deadline(stack))
        return outcome(result)
    }

    /// Drops and creates `name` on the server of `url`; returns the new database's URL.
    static func freshDatabase(_ url: String, name: String) throws -> String {
        for statement in ["DROP DATABASE IF EXISTS \(name) WITH (FORCE)", "CREATE DATABASE \(name)"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["psql", url, "-v", "ON_ERROR_STOP=1", "-q", "-c", statement]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try UnblockedSignals.run(process)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw GeneratedServiceError("psql failed: \(statement)") }
        }
        guard var components = URLComponents(string: url) else { throw GeneratedServiceError("not a URL: \(url)") }
        components.path = "/" + name
        return components.string ?? url
    }

    /// Runs the script with its output in `log`; nil when it exits 0 in time, else what went wrong and the log's tail.
    static func runScript(_ script: String, arguments: [String], environment: [String: String], log: String, deadline: TimeInterval) -> String? {
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: log) else { return "cannot write \(log)" }
        // timeout(1) runs the script in its own process group and signals the whole group at the
        // deadline, so a service the script started cannot outlive the test.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["-k", "30", "\(Int(deadline))s", "/bin/bash", script] + arguments
        process.environment = environment
        process.standardOutput = handle
        process.standardError = handle
        do { try UnblockedSignals.run(process) } catch { return "could not start \(script): \(error)" }
        process.waitUntilExit()
        let timedOut = process.terminationStatus == 124 || process.terminationStatus == 137
        try? handle.close()
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let tail = output.split(separator: "\n", omittingEmptySubsequences: false).suffix(80).joined(separator: "\n")
        if timedOut { return "\(script) did not finish within \(Int(deadline / 60)) minutes; its output ends with:\n\(tail)" }
        if process.terminationStatus != 0 { return "\(script) exited \(process.terminationStatus); its output (\(log)) ends with:\n\(tail)" }
        return nil
    }
}

/// The test PostgreSQL server (scripts/postgres-for-tests.sh), when one is running.
enum TestPostgres {
    static let url = ProcessInfo.processInfo.environment["GROUNDWORK_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
}

struct GeneratedServiceError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
