#if Enterprise
import Foundation

extension CapacitySheet {
    /// One line of the sizing table: what to set, to what, and from which measured numbers.
    package struct Row: Sendable, Equatable {
        package var setting: String
        package var value: String
        package var basis: String
    }

    /// The headline numbers, as label, value and note (cards in HTML, a list in Markdown).
    package var headline: [Row] {
        let target = CapacityText.milliseconds(measurement.p95TargetMilliseconds)
        guard let step = capacityStep, let rps = plan.rpsPerProcess else {
            let lowest = measurement.steps.first
            return [
                Row(
                    setting: "Requests per second per process", value: "not reached",
                    basis: lowest.map { "p95 was \(CapacityText.milliseconds($0.p95Milliseconds)) at 1 connection, above the \(target) target" } ?? "no step ran"
                )
            ]
        }
        var rows = [
            Row(
                setting: "Requests per second per process", value: CapacityText.rate(rps),
                basis: "p95 \(CapacityText.milliseconds(step.p95Milliseconds)) ≤ \(target) at \(step.connections) connections"),
            Row(setting: "CPU per request", value: CapacityText.cpu(step.cpuMillisecondsPerRequest) + " ms", basis: "\(CapacityText.rate(step.cpuMilliseconds)) CPU ms over \(step.requests) requests"),
            Row(
                setting: "Memory (RSS)", value: CapacityText.mebibytes(max(measurement.idleRSSBytes, measurement.steps.map(\.rssBytes).max() ?? 0)),
                basis: "\(CapacityText.mebibytes(measurement.idleRSSBytes)) at rest"),
        ]
        if let database = plan.database {
            rows.append(Row(setting: "Database connections per process", value: "\(database.connectionsPerProcess)", basis: "\(measurement.idleDatabaseConnections ?? 0) at rest"))
        }
        if let minimum = plan.minReplicas, let maximum = plan.maxReplicas {
            rows.append(Row(setting: "HPA replicas", value: "\(minimum)–\(maximum)", basis: "at \(plan.targetUtilization) % CPU"))
        }
        return rows
    }

    /// The sizing table.
    package var sizing: [Row] {
        var rows: [Row] = []
        let perPod = plan.rpsPerProcess.map { $0 * Double(plan.targetUtilization) / 100 }
        if let cpu = plan.cpuRequestMillicores, let step = capacityStep {
            rows.append(
                Row(
                    setting: "CPU request", value: "\(cpu)m",
                    basis: "\(CapacityText.rate(step.cpuMilliseconds / max(step.seconds, 0.001))) CPU ms/s at \(CapacityText.rate(step.rps)) req/s, rounded up to 10m"))
        }
        rows.append(Row(setting: "Memory request / limit", value: "\(plan.memoryRequestMiB)Mi / \(plan.memoryLimitMiB)Mi", basis: "highest RSS + 25 %; limit 1.5 × request"))
        if let minimum = plan.minReplicas, let maximum = plan.maxReplicas, let perPod {
            rows.append(Row(setting: "HPA target", value: "\(plan.targetUtilization) % CPU", basis: "\(CapacityText.rate(perPod)) req/s per pod on average"))
            rows.append(Row(setting: "HPA minReplicas", value: "\(minimum)", basis: "trough \(CapacityText.rate(plan.troughLoad)) req/s; never fewer than \(CapacityPlanner.minimumReplicas)"))
            rows.append(Row(setting: "HPA maxReplicas", value: "\(maximum)", basis: "peak \(CapacityText.rate(plan.peakLoad)) req/s × \(CapacityPlanner.peakHeadroom)"))
        }
        if let available = plan.pdbMinAvailable {
            rows.append(Row(setting: "PDB minAvailable", value: "\(available)", basis: "one pod evicted at a time, below minReplicas"))
        }
        if let database = plan.database {
            rows.append(Row(setting: "Pool size per process", value: "\(database.poolSizePerProcess)", basis: "most connections one process held"))
            rows.append(
                Row(
                    setting: "Connections at maxReplicas", value: "\(database.connectionsAtMaxReplicas) of \(database.budget)",
                    basis: database.budgetHolds ? "the budget holds without PgBouncer" : "over the budget: put PgBouncer in front"
                ))
            rows.append(Row(setting: "PgBouncer max_client_conn", value: "\(database.pgbouncer.maxClientConnections)", basis: "pool × maxReplicas"))
            rows.append(Row(setting: "PgBouncer default_pool_size", value: "\(database.pgbouncer.defaultPoolSize)", basis: "min(budget, active per process × maxReplicas)"))
        }
        if let simulation = plan.simulation {
            rows.append(Row(setting: "Replicas over the day", value: "\(simulation.lowestReplicas)–\(simulation.peakReplicas)", basis: String(format: "%.1f pod-hours", simulation.podHours)))
            rows.append(
                Row(
                    setting: "Time over capacity", value: "\(simulation.secondsOverCapacity) s",
                    basis: "peak utilization \(Int(simulation.peakUtilization.rounded())) % while the HPA catches up"
                ))
        }
        return rows
    }
}
#endif
