#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkFleet
import GroundworkHTTP

/// Measures a service: starts it, waits until its URL answers, then climbs a ladder of closed-loop wrk
/// runs (1, 2, 4… connections) while reading the service's processes from /proc and its database
/// connections from pg_stat_activity. The service is always stopped, whatever happens.
package enum CapacityMeasurer {
    /// A step is "no better" when it adds less than this share of throughput to the best so far.
    static let saturationGain = 0.05
    /// Samples of memory and connections are taken this often during a step, seconds.
    static let sampleInterval = 0.5

    package static func measure(
        _ launch: ServiceLaunch, databaseURL: String?, options: MeasurementOptions, environment: [String: String],
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws(ScaleError) -> CapacityMeasurement {
        let wrk = try WrkRunner.locate(environment: environment)
        let database = try await databaseURL.asyncMap { url throws(ScaleError) in try await DatabaseProbe.connect(url) }
        let startedAt = Date()
        do throws(ScaleError) {
            let facts = try await database?.facts()
            progress("starting `\(URLRedaction.redactingText(launch.command))` in \(launch.directory)")
            let service = try ServiceProcess(command: launch.command, directory: launch.directory, environment: launch.environment)
            defer { service.stop() }
            try await waitUntilAnswering(launch, service: service, options: options)
            let tree = ProcessTree(root: service.pid)
            let databasePort = database?.url.port
            func sampleDatabase() async throws(ScaleError) -> DatabaseProbe.Sample? {
                guard let database, let databasePort else { return nil }
                return try await database.sample(clientPorts: tree.localPorts(connectedTo: databasePort))
            }
            await Task.sleep(seconds: sampleInterval)
            let idleRSS = tree.rssBytes()
            let idleDatabase = try await sampleDatabase()

            if options.warmupSeconds > 0 {
                progress("warming up: 1 connection for \(options.warmupSeconds) s")
                _ = try await run(wrk, launch.url, options.headers, connections: 1, seconds: options.warmupSeconds)
            }
            var steps: [LoadStep] = []
            var connections = 1
            var flatSteps = 0
            while connections <= options.maxConnections {
                guard service.isRunning else {
                    throw ScaleError(.serviceFailed, "the service exited during the measurement:\n\(service.logTail())")
                }
                let threads = max(1, min(connections, ProcessInfo.processInfo.activeProcessorCount))
                let cpuBefore = tree.cpuMilliseconds()
                let current = connections
                let load = Task { try await run(wrk, launch.url, options.headers, connections: current, seconds: options.stepSeconds, threads: threads) }
                var peakRSS = 0
                var peakDatabase: DatabaseProbe.Sample?
                var waited = 0.0
                while waited + sampleInterval < Double(options.stepSeconds) {
                    await Task.sleep(seconds: sampleInterval)
                    waited += sampleInterval
                    peakRSS = max(peakRSS, tree.rssBytes())
                    if let sample = try await sampleDatabase() {
                        peakDatabase = DatabaseProbe.Sample(
                            connections: max(peakDatabase?.connections ?? 0, sample.connections), active: max(peakDatabase?.active ?? 0, sample.active)
                        )
                    }
                }
                let result: WrkRunner.Result
                do { result = try await load.value } catch let error as ScaleError { throw error } catch {
                    throw ScaleError(.loadFailed, "wrk: \(error)")
                }
                let cpu = tree.cpuMilliseconds() - cpuBefore
                let step = LoadStep(
                    connections: connections, threads: threads, seconds: result.seconds, requests: result.requests,
                    errors: result.socketErrors + result.statusErrors, rps: Double(result.requests - result.statusErrors) / max(result.seconds, 0.001),
                    p50Milliseconds: result.p50Milliseconds, p95Milliseconds: result.p95Milliseconds, p99Milliseconds: result.p99Milliseconds,
                    cpuMilliseconds: max(cpu, 0), rssBytes: max(peakRSS, tree.rssBytes()),
                    databaseConnections: peakDatabase?.connections, activeDatabaseConnections: peakDatabase?.active
                )
                steps.append(step)
                progress(
                    String(
                        format: "%3d connections: %.0f req/s, p95 %.1f ms, %.2f CPU ms/request, %d errors",
                        connections, step.rps, step.p95Milliseconds, step.cpuMillisecondsPerRequest ?? 0, step.errors
                    ))
                if step.requests == 0 && step.errors > 0 {
                    throw ScaleError(.serviceFailed, "\(launch.url) did not answer under load (\(step.errors) socket errors, no response)")
                }
                if step.p95Milliseconds > options.p95TargetMilliseconds || step.errorRate >= CapacityPlanner.maximumErrorRate { break }
                let best = steps.dropLast().map(\.rps).max() ?? 0
                flatSteps = step.rps < best * (1 + saturationGain) ? flatSteps + 1 : 0
                if flatSteps >= 2 { break }
                connections *= 2
            }
            await database?.close()
            return CapacityMeasurement(
                // The sheet is shared: the command and URL are shown without the credentials they may carry.
                service: .init(
                    name: launch.name, url: URLRedaction.redact(launch.url), command: URLRedaction.redactingText(launch.command), directory: launch.directory,
                    stack: launch.stack),
                p95TargetMilliseconds: options.p95TargetMilliseconds, steps: steps,
                idleRSSBytes: idleRSS, idleDatabaseConnections: idleDatabase?.connections, database: facts,
                tools: [.init(name: "wrk", version: wrk.version, path: wrk.path)],
                cores: ProcessInfo.processInfo.activeProcessorCount, kernel: kernelRelease(), startedAt: startedAt
            )
        } catch {
            await database?.close()
            throw error
        }
    }

    /// wrk on its own thread, off Swift's cooperative pool (it blocks until the step ends).
    private static func run(_ wrk: WrkRunner, _ url: String, _ headers: [String], connections: Int, seconds: Int, threads: Int = 1) async throws(ScaleError) -> WrkRunner.Result {
        let outcome: Result<WrkRunner.Result, ScaleError> = await FleetAuditor.onThread {
            Result { () throws(ScaleError) in try wrk.run(url: url, headers: headers, connections: connections, threads: threads, seconds: seconds) }
        }
        return try outcome.get()
    }

    /// Polls the URL (libcurl) until it answers 2xx or 3xx; fails when the service exits, answers
    /// something else, or stays silent past the start timeout.
    static func waitUntilAnswering(_ launch: ServiceLaunch, service: ServiceProcess, options: MeasurementOptions) async throws(ScaleError) {
        var headers = HTTPHeaders()
        for header in options.headers {
            let parts = header.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { headers.add(String(parts[0]).trimmingCharacters(in: .whitespaces), String(parts[1]).trimmingCharacters(in: .whitespaces)) }
        }
        var request = HTTPRequest(url: launch.url, headers: headers)
        request.timeout = .seconds(2)
        request.connectTimeout = .seconds(1)
        request.retry = .never
        request.maxRedirects = 0
        let client = HTTPClient()
        let deadline = Date().addingTimeInterval(options.startTimeoutSeconds)
        var lastProblem = "no answer"
        while Date() < deadline {
            guard service.isRunning else {
                throw ScaleError(.serviceFailed, "`\(launch.command)` exited before \(launch.url) answered; its output ends with:\n\(service.logTail())")
            }
            do {
                let response = try await client.send(request)
                if (200..<400).contains(response.status) { return }
                throw ScaleError(
                    .serviceFailed, "\(launch.url) answered \(response.status); the capacity is measured on a URL that answers 2xx",
                    remedy: "choose another --path/--url, or pass --header 'Authorization: Bearer …'"
                )
            } catch let error as ScaleError {
                throw error
            } catch {
                lastProblem = "\(error)"
            }
            await Task.sleep(seconds: 0.25)
        }
        throw ScaleError(
            .serviceFailed, "\(launch.url) did not answer within \(Int(options.startTimeoutSeconds)) s (\(lastProblem)); the service's output ends with:\n\(service.logTail())",
            remedy: "check the command and URL, or raise --start-timeout"
        )
    }

    /// The kernel release, for the record of where the numbers come from.
    static func kernelRelease() -> String {
        (try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown"
    }
}

extension Task where Success == Never, Failure == Never {
    /// Sleeps for `seconds`; cancellation ends the sleep early.
    static func sleep(seconds: Double) async {
        try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }
}

extension Optional {
    /// `map` for an async, throwing transform.
    func asyncMap<T, E: Error>(_ transform: (Wrapped) async throws(E) -> T) async throws(E) -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
#endif
