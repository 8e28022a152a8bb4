#if Enterprise
import Foundation
import GroundworkBasics

/// The capacity sheet: what was measured, what follows from it, and how every number was obtained.
package struct CapacitySheet: Sendable, Equatable {
    /// How one quantity was obtained: the method in words and the tool, with its version, that measured or computed it.
    package struct Method: Sendable, Equatable, Codable {
        package var quantity: String
        package var method: String
        package var tool: String
    }

    /// One point of the replica curve as shown: a time of day, the load then and the most pods in the interval.
    package struct CurvePoint: Sendable, Equatable, Codable {
        package var time: String
        package var load: Double
        package var replicas: Int
    }

    package var measurement: CapacityMeasurement
    package var plan: CapacityPlan
    /// The load ladder's options, for the method text.
    package var stepSeconds: Int
    package var warmupSeconds: Int
    /// The EVALUATION banner text, or nil when licensed.
    package var evaluationMarker: String?
    package var generatedAt: Date

    package init(measurement: CapacityMeasurement, plan: CapacityPlan, stepSeconds: Int, warmupSeconds: Int, evaluationMarker: String?, generatedAt: Date) {
        self.measurement = measurement
        self.plan = plan
        self.stepSeconds = stepSeconds
        self.warmupSeconds = warmupSeconds
        self.evaluationMarker = evaluationMarker
        self.generatedAt = generatedAt
    }

    /// The step the capacity is read from.
    package var capacityStep: LoadStep? { plan.capacityStep.map { measurement.steps[$0] } }

    /// wrk and its version, as the sheet cites it.
    package var wrkCitation: String {
        measurement.tools.first { $0.name == "wrk" }.map { "wrk \($0.version)" } ?? "wrk"
    }

    /// The method and tool behind every number on the sheet, in the order the sheet shows them.
    package var methods: [Method] {
        let target = CapacityText.milliseconds(measurement.p95TargetMilliseconds)
        let procfs = "Linux \(measurement.kernel) procfs"
        let groundwork = "groundwork \(GroundworkVersion.current)"
        var methods = [
            Method(
                quantity: "Requests per second per process",
                method: "Closed-loop load on one process: wrk with 1, 2, 4… connections (threads = min(connections, \(measurement.cores) cores)), "
                    + "\(stepSeconds) s per step after a \(warmupSeconds) s warm-up at 1 connection, stopping once p95 exceeds \(target), errors reach 1 % "
                    + "or two steps add less than 5 %. The capacity is the highest throughput of a step with p95 ≤ \(target) and under 1 % errors. "
                    + "Debian's wrk 4.x has no constant-rate mode, so this is not an open-loop measurement; wrk shares the machine's cores with the service.",
                tool: wrkCitation
            ),
            Method(
                quantity: "Latency p50 / p95 / p99",
                method: "wrk's latency histogram read by a Lua done() hook (latency:percentile). Under closed-loop load a slow answer delays the "
                    + "next request (coordinated omission), so these percentiles are lower bounds of what clients arriving at a constant rate would see.",
                tool: wrkCitation
            ),
            Method(
                quantity: "CPU milliseconds per request",
                method: "utime + stime of the service's process tree (/proc/PID/stat, every descendant of the started command) before and after "
                    + "the step, divided by the step's requests. CPU request = CPU milliseconds per second at the capacity step (millicores).",
                tool: procfs
            ),
            Method(
                quantity: "Memory (RSS)",
                method: "VmRSS of /proc/PID/status summed over the process tree: at rest after start, and the highest sample (every 0.5 s) "
                    + "under load. Memory request = highest RSS + 25 %, rounded up to 16 MiB; limit = 1.5 × request.",
                tool: procfs
            ),
        ]
        if let database = measurement.database {
            methods.append(
                Method(
                    quantity: "Database connections per process",
                    method: "pg_stat_activity client backends whose client_port is a TCP socket of the service's processes (/proc/PID/fd matched "
                        + "in /proc/net/tcp), highest sample every 0.5 s; active = state 'active' when sampled. Budget = max_connections "
                        + "− superuser_reserved_connections − other clients before the service started − 10 % reserve.",
                    tool: "PostgreSQL \(database.serverVersion), \(procfs)"
                ))
        }
        methods += [
            Method(
                quantity: "HPA and PDB",
                method: "averageUtilization \(CapacityPlanner.targetUtilization) % of the CPU request; minReplicas = max(\(CapacityPlanner.minimumReplicas), "
                    + "⌈trough ÷ (capacity × \(CapacityPlanner.targetUtilization) %)⌉); maxReplicas = ⌈\(CapacityPlanner.peakHeadroom) × peak ÷ "
                    + "(capacity × \(CapacityPlanner.targetUtilization) %)⌉; PDB minAvailable = minReplicas − 1 (at least 1).",
                tool: groundwork
            ),
            Method(
                quantity: "Replica curve",
                method: "The HPA algorithm stepped every 15 s over the load profile (\(plan.profileSource)): desired = ⌈current × utilization ÷ target⌉, "
                    + "no change within tolerance 0.1; scale-up at most max(100 %, 4 pods) per 15 s; scale-down to the highest recommendation "
                    + "of the last 300 s. Utilization = load ÷ (pods × capacity); new pods serve at once (add your start-up time).",
                tool: groundwork
            ),
        ]
        if measurement.database != nil {
            methods.append(
                Method(
                    quantity: "Pool and PgBouncer",
                    method: "Pool per process = the most connections one process held; at maxReplicas the pools need pool × maxReplicas connections. "
                        + "PgBouncer (transaction pooling) accepts all of them and opens at most min(budget, most active connections per process × maxReplicas) "
                        + "to PostgreSQL; without prepared statements in transaction mode (PgBouncer < 1.21).",
                    tool: groundwork
                ))
        }
        return methods
    }

    /// The replica curve at `interval` seconds: the load at the start of each interval and the most pods in it.
    package func curve(every interval: Int) -> [CurvePoint] {
        guard let ticks = plan.simulation?.ticks, !ticks.isEmpty else { return [] }
        var points: [CurvePoint] = []
        var bucketStart = 0
        while bucketStart < LoadProfile.day {
            let inBucket = ticks.filter { $0.second >= bucketStart && $0.second < bucketStart + interval }
            if let first = inBucket.first {
                points.append(CurvePoint(time: CapacityText.timeOfDay(bucketStart), load: first.load, replicas: inBucket.map(\.replicas).max() ?? first.replicas))
            }
            bucketStart += interval
        }
        return points
    }
}
#endif
