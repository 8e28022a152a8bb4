#if Enterprise
import Foundation
@testable import GroundworkScale

/// Measurements made by hand for the capacity sheet's pure tests: numbers chosen so the derivations can be
/// checked with pencil and paper.
enum ScaleFixtures {
    static func step(_ connections: Int, rps: Double, p95: Double, cpu: Double, database: Int? = nil, active: Int? = nil, errors: Int = 0) -> LoadStep {
        LoadStep(
            connections: connections, threads: min(connections, 2), seconds: 10, requests: Int(rps * 10), errors: errors, rps: rps,
            p50Milliseconds: p95 / 2, p95Milliseconds: p95, p99Milliseconds: p95 * 1.5, cpuMilliseconds: cpu,
            rssBytes: 40 * 1_048_576, databaseConnections: database, activeDatabaseConnections: active
        )
    }

    /// 500 → 900 → 1000 req/s; the third step breaks the 200 ms target, so the capacity is 900 req/s at 1 CPU ms per request.
    static func measurement(database: Bool = true) -> CapacityMeasurement {
        CapacityMeasurement(
            service: .init(name: "orders", url: "http://127.0.0.1:8080/health", command: "make --no-print-directory run", directory: "/srv/orders", stack: "python-fastapi"),
            p95TargetMilliseconds: 200,
            steps: [
                step(1, rps: 500, p95: 5, cpu: 5_000, database: database ? 3 : nil, active: database ? 1 : nil),
                step(2, rps: 900, p95: 10, cpu: 9_000, database: database ? 5 : nil, active: database ? 2 : nil),
                step(4, rps: 1_000, p95: 250, cpu: 10_000, database: database ? 5 : nil, active: database ? 4 : nil),
            ],
            idleRSSBytes: 30 * 1_048_576, idleDatabaseConnections: database ? 2 : nil,
            database: database ? .init(serverVersion: "15.8", maxConnections: 100, superuserReservedConnections: 3, otherConnections: 2) : nil,
            tools: [.init(name: "wrk", version: "debian/4.1.0-3+b2 [epoll]", path: "/usr/bin/wrk")],
            cores: 2, kernel: "6.1.0", startedAt: Date(timeIntervalSince1970: 1_767_268_800)
        )
    }

    static func sheet(database: Bool = true, evaluation: Bool = true) -> CapacitySheet {
        let measurement = measurement(database: database)
        let plan = CapacityPlanner.plan(measurement, profile: .businessDay(peak: 9_000))
        return CapacitySheet(
            measurement: measurement, plan: plan, stepSeconds: 10, warmupSeconds: 2,
            evaluationMarker: evaluation ? "EVALUATION: groundwork Enterprise without a license, limited to 5 repositories" : nil,
            generatedAt: Date(timeIntervalSince1970: 1_767_272_400)
        )
    }
}
#endif
