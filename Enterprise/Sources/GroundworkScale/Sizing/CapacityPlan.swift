#if Enterprise
/// What follows from a measurement and a load profile: resources, HPA, PDB, pool and PgBouncer sizes and
/// the replica curve. Every value is derived by `CapacityPlanner`; the renderers say how.
package struct CapacityPlan: Sendable, Equatable, Codable {
    /// Sizing of the database side, when a database was measured.
    package struct Database: Sendable, Equatable, Codable {
        /// The most connections one process held under load.
        package var connectionsPerProcess: Int
        /// The pool size to configure per process.
        package var poolSizePerProcess: Int
        /// Connections the service may use: max_connections − superuser reserve − other clients − the 10 % reserve.
        package var budget: Int
        /// pool × maxReplicas.
        package var connectionsAtMaxReplicas: Int
        /// Whether the pools of maxReplicas processes fit the budget.
        package var budgetHolds: Bool
        /// PgBouncer sizing, for when the budget does not hold (always computed, so it can be compared).
        package var pgbouncer: PgBouncer
    }

    /// PgBouncer settings in transaction pooling.
    package struct PgBouncer: Sendable, Equatable, Codable {
        package var poolMode: String
        /// Client connections PgBouncer must accept: every process's pool at maxReplicas.
        package var maxClientConnections: Int
        /// Server connections per database/user pair: the budget, or fewer when the clients need fewer.
        package var defaultPoolSize: Int
        /// Extra server connections for bursts, taken from the 10 % reserve.
        package var reservePoolSize: Int
    }

    /// What the replica simulation over the day shows.
    package struct Simulation: Sendable, Equatable, Codable {
        package var ticks: [HPASimulator.Tick]
        package var peakReplicas: Int
        package var lowestReplicas: Int
        /// Pod-hours over the day.
        package var podHours: Double
        /// Seconds in the day when the load exceeded what the running pods serve at 100 %.
        package var secondsOverCapacity: Int
        /// The highest average utilization seen, percent of the CPU request.
        package var peakUtilization: Double
    }

    /// The index in `measurement.steps` of the step the capacity is read from; nil when no step met the target.
    package var capacityStep: Int?
    /// Requests per second one process serves within the p95 target.
    package var rpsPerProcess: Double?
    /// CPU milliseconds per request at that step.
    package var cpuMillisecondsPerRequest: Double?
    /// CPU request per pod, millicores: what one process used at its capacity.
    package var cpuRequestMillicores: Int?
    /// Memory request and limit per pod, MiB.
    package var memoryRequestMiB: Int
    package var memoryLimitMiB: Int
    /// The HPA's averageUtilization target, percent.
    package var targetUtilization: Int
    package var minReplicas: Int?
    package var maxReplicas: Int?
    /// PodDisruptionBudget minAvailable: one pod may be evicted at a time, and it stays below minReplicas.
    package var pdbMinAvailable: Int?
    /// The load profile's busiest and quietest load, requests per second.
    package var peakLoad: Double
    package var troughLoad: Double
    package var profileSource: String
    package var database: Database?
    package var simulation: Simulation?
}
#endif
