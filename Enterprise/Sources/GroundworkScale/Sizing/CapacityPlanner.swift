#if Enterprise
import Foundation

/// Derives the capacity plan from a measurement and a load profile. Pure: the same inputs give the same plan.
package enum CapacityPlanner {
    /// The HPA target: pods run at 70 % of their measured capacity on average, which leaves room for the
    /// 15 s the controller takes to see a rise and for the start time of new pods.
    package static let targetUtilization = 70
    /// At least two pods, so that one can be evicted or crash without an outage.
    package static let minimumReplicas = 2
    /// maxReplicas covers the profile's peak with this much more load.
    package static let peakHeadroom = 1.2
    /// Share of max_connections kept for administration, migrations and monitoring.
    package static let connectionReserve = 0.1
    /// A step counts only when fewer than this share of its requests failed.
    package static let maximumErrorRate = 0.01
    /// Memory request: the highest RSS measured plus this share, rounded up to 16 MiB; the limit is 1.5 × that.
    package static let memoryHeadroom = 0.25

    /// The step the capacity is read from: the highest throughput whose p95 met the target with few errors.
    package static func capacityStep(_ measurement: CapacityMeasurement) -> Int? {
        measurement.steps.indices
            .filter { measurement.steps[$0].p95Milliseconds <= measurement.p95TargetMilliseconds && measurement.steps[$0].errorRate < maximumErrorRate }
            .max { measurement.steps[$0].rps < measurement.steps[$1].rps }
    }

    /// The plan for `measurement` under `profile`.
    package static func plan(_ measurement: CapacityMeasurement, profile: LoadProfile, behavior: HPABehavior = .kubernetesDefault) -> CapacityPlan {
        let peakRSS = max(measurement.idleRSSBytes, measurement.steps.map(\.rssBytes).max() ?? 0)
        let memoryRequest = roundUp(Double(peakRSS) * (1 + memoryHeadroom) / 1_048_576, to: 16)
        var plan = CapacityPlan(
            memoryRequestMiB: memoryRequest, memoryLimitMiB: roundUp(Double(memoryRequest) * 1.5, to: 16),
            targetUtilization: targetUtilization, peakLoad: profile.peak, troughLoad: profile.trough, profileSource: profile.source
        )
        guard let index = capacityStep(measurement) else { return plan }
        let step = measurement.steps[index]
        plan.capacityStep = index
        plan.rpsPerProcess = step.rps
        plan.cpuMillisecondsPerRequest = step.cpuMillisecondsPerRequest
        // CPU milliseconds per second of wall time are millicores.
        plan.cpuRequestMillicores = roundUp(step.cpuMilliseconds / max(step.seconds, 0.001), to: 10)

        let perPodAtTarget = step.rps * Double(targetUtilization) / 100
        let minReplicas = max(minimumReplicas, ceilDiv(profile.trough, perPodAtTarget))
        let maxReplicas = max(minReplicas + 1, ceilDiv(profile.peak * peakHeadroom, perPodAtTarget))
        plan.minReplicas = minReplicas
        plan.maxReplicas = maxReplicas
        plan.pdbMinAvailable = max(1, minReplicas - 1)
        if let database = measurement.database {
            plan.database = sizeDatabase(database, measurement: measurement, through: index, maxReplicas: maxReplicas)
        }
        if step.rps > 0 {
            let simulator = HPASimulator(behavior: behavior, minReplicas: minReplicas, maxReplicas: maxReplicas, targetUtilization: Double(targetUtilization))
            let ticks = simulator.simulate(seconds: LoadProfile.day - behavior.syncPeriodSeconds, capacityPerPod: step.rps, load: profile.rps(at:))
            plan.simulation = summarize(ticks, capacity: step.rps, syncPeriod: behavior.syncPeriodSeconds)
        }
        return plan
    }

    /// Pool per process from what one process held; the budget from the server's limits; PgBouncer from both.
    static func sizeDatabase(_ database: CapacityMeasurement.Database, measurement: CapacityMeasurement, through index: Int, maxReplicas: Int) -> CapacityPlan.Database {
        let held = measurement.steps[...index].compactMap(\.databaseConnections).max() ?? measurement.idleDatabaseConnections ?? 0
        let active = measurement.steps[...index].compactMap(\.activeDatabaseConnections).max() ?? 0
        let pool = max(held, 1)
        let reserve = Int((Double(database.maxConnections) * connectionReserve).rounded(.up))
        let budget = database.maxConnections - database.superuserReservedConnections - database.otherConnections - reserve
        let atMax = pool * maxReplicas
        // In transaction pooling a server connection is busy only while a transaction runs: the active
        // connections seen, per process, times the processes, is what the server side needs.
        let needed = max(1, max(active, 1) * maxReplicas)
        let bouncer = CapacityPlan.PgBouncer(
            poolMode: "transaction", maxClientConnections: atMax,
            defaultPoolSize: max(1, min(budget, needed)), reservePoolSize: max(0, min(5, reserve / 2))
        )
        return CapacityPlan.Database(
            connectionsPerProcess: held, poolSizePerProcess: pool, budget: budget,
            connectionsAtMaxReplicas: atMax, budgetHolds: atMax <= budget, pgbouncer: bouncer
        )
    }

    static func summarize(_ ticks: [HPASimulator.Tick], capacity: Double, syncPeriod: Int) -> CapacityPlan.Simulation {
        CapacityPlan.Simulation(
            ticks: ticks,
            peakReplicas: ticks.map(\.replicas).max() ?? 0,
            lowestReplicas: ticks.map(\.replicas).min() ?? 0,
            podHours: Double(ticks.reduce(0) { $0 + $1.replicas } * syncPeriod) / 3600,
            secondsOverCapacity: ticks.filter { $0.load > Double($0.replicas) * capacity }.count * syncPeriod,
            peakUtilization: ticks.map(\.utilization).max() ?? 0
        )
    }

    static func ceilDiv(_ value: Double, _ divisor: Double) -> Int {
        guard divisor > 0, value.isFinite else { return 0 }
        return Int((value / divisor - 1e-9).rounded(.up))
    }

    static func roundUp(_ value: Double, to step: Int) -> Int {
        guard value.isFinite, value > 0 else { return step }
        return Int((value / Double(step)).rounded(.up)) * step
    }
}
#endif
