#if Enterprise
import GroundworkBricks

/// What a recipe edit is built from: the run's parameter values and what the repository holds.
struct RecipeEditInputs {
    /// The edit's name in the recipe's brick (`recipes/pdb`).
    var name: String
    var values: [String: ParameterValue]
    var inventory: ScaleInventory
    var worker: WorkerEntryPoint?
    /// The recipe's manifest, named by errors.
    var file: String

    func int(_ key: String) throws(RecipeError) -> Int {
        guard case .int(let value)? = values[key] else { throw missing(key, "int") }
        return value
    }

    func bool(_ key: String) throws(RecipeError) -> Bool {
        guard case .bool(let value)? = values[key] else { throw missing(key, "bool") }
        return value
    }

    func string(_ key: String) throws(RecipeError) -> String {
        guard case .string(let value)? = values[key] else { throw missing(key, "string") }
        return value
    }

    private func missing(_ key: String, _ type: String) -> RecipeError {
        RecipeError(.manifest, "the edit \(name) needs the \(type) parameter \(key)", file: file)
    }
}

/// The implementations of the `recipes/…` edits that recipe bricks name, by name. A recipe brick that
/// names one not here is refused with the list of those that are.
enum RecipeEdits {
    typealias Make = @Sendable (RecipeEditInputs) throws(RecipeError) -> any InPlaceEdit

    static let all: [String: Make] = [
        "recipes/pdb": { inputs throws(RecipeError) in DisruptionBudgetEdit(inventory: inputs.inventory, minimumReplicas: try inputs.int("min_replicas")) },
        "recipes/hpa": { inputs throws(RecipeError) in
            AutoscalerEdit(
                inventory: inputs.inventory, minReplicas: try inputs.int("min_replicas"), maxReplicas: try inputs.int("max_replicas"),
                cpuUtilization: try inputs.int("cpu_utilization"))
        },
        "recipes/graceful-shutdown": { inputs throws(RecipeError) in
            ShutdownManifestEdit(preStopSeconds: try inputs.int("prestop_seconds"), drainSeconds: try inputs.int("drain_seconds"))
        },
        "recipes/graceful-shutdown-node": { _ in NodeShutdownWiringEdit() },
        "recipes/graceful-shutdown-python": { _ in PythonShutdownWiringEdit() },
        "recipes/graceful-shutdown-go": { _ in GoShutdownWiringEdit() },
        "recipes/graceful-shutdown-swift": { _ in SwiftShutdownWiringEdit() },
        "recipes/db-connection-budget": { inputs throws(RecipeError) in
            ConnectionBudgetEdit(
                inventory: inputs.inventory, poolSize: try inputs.int("pool_size"), maxConnections: try inputs.int("max_connections"),
                reservedConnections: try inputs.int("reserved_connections"), pgbouncer: try inputs.bool("pgbouncer"))
        },
        "recipes/db-pool-node": { _ in NodePoolSizeEdit() },
        "recipes/db-pool-python": { _ in PythonPoolSizeEdit() },
        "recipes/db-pool-go": { _ in GoPoolSizeEdit() },
        "recipes/db-pool-swift": { _ in SwiftPoolSizeEdit() },
        "recipes/workers": { inputs throws(RecipeError) in
            WorkerSplitEdit(
                inventory: inputs.inventory, worker: inputs.worker, maxReplicas: try inputs.int("max_replicas"),
                jobsPerWorker: try inputs.int("jobs_per_worker"), redisAddress: try inputs.string("redis_address"),
                queueName: try inputs.string("queue_name"), redisSecret: try inputs.string("redis_secret"),
                redisSecretKey: try inputs.string("redis_secret_key"))
        },
        "recipes/workers-go-image": { inputs in GoWorkerImageEdit(worker: inputs.worker) },
        "recipes/workers-swift": { inputs in SwiftWorkerModeEdit(worker: inputs.worker) },
        "recipes/red-metrics": { inputs throws(RecipeError) in
            MetricsManifestEdit(inventory: inputs.inventory, otlpEndpoint: try inputs.string("otlp_endpoint"))
        },
        "recipes/red-metrics-python": { _ in PythonMetricsWiringEdit() },
        "recipes/red-metrics-go": { _ in GoMetricsWiringEdit() },
        "recipes/red-metrics-node": { _ in NodeMetricsWiringEdit() },
        "recipes/red-metrics-swift": { _ in SwiftMetricsWiringEdit() },
        "recipes/rate-limit": { inputs throws(RecipeError) in
            try redisURL(inputs, recipe: "rate-limit", purpose: "the limiter's buckets live in this Redis")
        },
        "recipes/rate-limit-node": { _ in NodeRateLimitWiringEdit() },
        "recipes/rate-limit-python": { _ in PythonRateLimitWiringEdit() },
        "recipes/rate-limit-go": { _ in GoRateLimitWiringEdit() },
        "recipes/rate-limit-swift": { _ in SwiftRateLimitWiringEdit() },
        "recipes/stateless-sessions": { inputs throws(RecipeError) in
            try redisURL(inputs, recipe: "stateless-sessions", purpose: "sessions and shared caches live in Redis")
        },
        "recipes/stateless-sessions-node": { _ in NodeSessionStoreEdit() },
        "recipes/stateless-sessions-python": { _ in PythonSessionStoreEdit() },
        "recipes/stateless-sessions-go": { _ in GoSessionStoreEdit() },
        "recipes/stateless-sessions-swift": { _ in SwiftSessionStoreEdit() },
        "recipes/cache": { inputs throws(RecipeError) in
            try redisURL(
                inputs, recipe: "cache", purpose: "the Redis every replica's read cache shares",
                settings: [(name: "CACHE_TTL_SECONDS", value: "\"\(try inputs.int("ttl_seconds"))\"")])
        },
        "recipes/cache-node": { _ in NodeCacheWiringEdit() },
        "recipes/cache-python": { _ in PythonCacheWiringEdit() },
        "recipes/cache-go": { _ in GoCacheWiringEdit() },
        "recipes/cache-swift": { _ in SwiftCacheWiringEdit() },
    ]

    /// The implementation of the edit `inputs.name` with the run's parameter values.
    static func make(_ inputs: RecipeEditInputs) throws(RecipeError) -> any InPlaceEdit {
        guard let make = all[inputs.name] else {
            throw RecipeError(
                .manifest, "edits: unknown recipe edit \(inputs.name); expected one of \(all.keys.sorted().joined(separator: ", "))", file: inputs.file)
        }
        return try make(inputs)
    }

    /// The manifest edit of the recipes whose application reads Redis: REDIS_URL from the Secret the
    /// parameters `redis_secret` and `redis_secret_key` name.
    private static func redisURL(
        _ inputs: RecipeEditInputs, recipe: String, purpose: String, settings: [(name: String, value: String)] = []
    ) throws(RecipeError) -> RedisURLManifestEdit {
        RedisURLManifestEdit(
            secret: try inputs.string("redis_secret"), key: try inputs.string("redis_secret_key"), recipe: recipe, purpose: purpose, settings: settings)
    }
}
#endif
