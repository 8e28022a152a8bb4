#if Enterprise
import Foundation

/// Runs wrk (the HTTP benchmarking tool, found on PATH) for one load step and reads its result through
/// a Lua `done` hook, which prints the percentiles wrk's text output does not (p95).
package struct WrkRunner: Sendable {
    /// The wrk executable.
    package let path: String
    /// Its version line, e.g. `debian/4.1.0-3+b2 [epoll]`.
    package let version: String

    /// What one run of wrk measured.
    package struct Result: Sendable, Equatable {
        package var seconds: Double
        package var requests: Int
        package var socketErrors: Int
        package var statusErrors: Int
        package var p50Milliseconds: Double
        package var p95Milliseconds: Double
        package var p99Milliseconds: Double
    }

    /// The marker of the line the Lua hook prints.
    static let marker = "GROUNDWORK-WRK"

    /// The hook: one line with the duration (µs), requests, error counts and latency percentiles (µs).
    static let script = """
        -- Written by groundwork scale report: prints what the capacity sheet needs on one line.
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("\(marker) %d %d %d %d %d %d %d %.1f %.1f %.1f\\n",
            summary.duration, summary.requests, e.connect, e.read, e.write, e.status, e.timeout,
            latency:percentile(50), latency:percentile(95), latency:percentile(99)))
        end
        """

    /// Finds wrk on `PATH` and reads its version, or explains how to install it.
    package static func locate(environment: [String: String]) throws(ScaleError) -> WrkRunner {
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        guard let path = directories.map({ "\($0)/wrk" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ScaleError(.missingTool, "wrk is not on PATH; the capacity sheet measures with it", remedy: "install it (Debian/Ubuntu: apt-get install wrk)")
        }
        // `wrk -v` prints "wrk <version> [engine] Copyright …" and its usage, then exits 1.
        let output = (try? run(path, ["-v"]).output) ?? ""
        let first = output.split(separator: "\n").first.map(String.init) ?? ""
        var version = first.hasPrefix("wrk ") ? String(first.dropFirst(4)) : first
        if let copyright = version.range(of: " Copyright") { version = String(version[..<copyright.lowerBound]) }
        return WrkRunner(path: path, version: version.isEmpty ? "unknown" : version)
    }

    /// One closed-loop run: `connections` connections over `threads` threads for `seconds`.
    package func run(url: String, headers: [String] = [], connections: Int, threads: Int, seconds: Int, timeoutSeconds: Int = 5) throws(ScaleError) -> Result {
        let scriptFile = FileManager.default.temporaryDirectory.appendingPathComponent("groundwork-wrk-\(UUID().uuidString).lua").path
        defer { try? FileManager.default.removeItem(atPath: scriptFile) }
        do {
            try Data(Self.script.utf8).write(to: URL(fileURLWithPath: scriptFile))
        } catch {
            throw ScaleError(.loadFailed, "cannot write wrk's script to \(scriptFile): \(error.localizedDescription)")
        }
        let arguments: [String] =
            ["-t", "\(threads)", "-c", "\(connections)", "-d", "\(seconds)s", "--timeout", "\(timeoutSeconds)s", "-s", scriptFile]
            + headers.flatMap { ["-H", $0] } + [url]
        let outcome: (status: Int32, output: String)
        do {
            outcome = try Self.run(path, arguments)
        } catch {
            throw ScaleError(.loadFailed, "cannot run \(path): \(error.localizedDescription)")
        }
        guard let result = Self.parse(outcome.output) else {
            throw ScaleError(.loadFailed, "wrk -c \(connections) -d \(seconds)s \(url) exited with status \(outcome.status) without a result: \(outcome.output.suffix(400))")
        }
        return result
    }

    /// Reads the hook's line out of wrk's output.
    static func parse(_ output: String) -> Result? {
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix(marker + " ") }) else { return nil }
        let fields = line.split(separator: " ").dropFirst().map(String.init)
        guard fields.count == 10 else { return nil }
        let numbers = fields.compactMap(Double.init)
        guard numbers.count == 10 else { return nil }
        return Result(
            seconds: numbers[0] / 1_000_000, requests: Int(numbers[1]),
            socketErrors: Int(numbers[2] + numbers[3] + numbers[4] + numbers[6]), statusErrors: Int(numbers[5]),
            p50Milliseconds: numbers[7] / 1000, p95Milliseconds: numbers[8] / 1000, p99Milliseconds: numbers[9] / 1000
        )
    }

    /// Runs a program to completion and returns its status and its standard output and error together.
    static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
#endif
