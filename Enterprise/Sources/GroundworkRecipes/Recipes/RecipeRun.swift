#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBricks

/// Prepares recipes for the brick engine: checks that they fit the repository, reads the repository's
/// scale objects once, and gives each recipe brick the implementations of its `recipes/…` edits with
/// the parameters of the run. Apply, plan and update then run as for any brick.
public enum RecipeRun {
    /// The stacks of a repository as recipes name them (`python-fastapi`): ecosystem and framework.
    public static func stackNames(_ facts: BrickFacts) -> [String] {
        facts.frameworks.map { "\(facts.ecosystem)-\($0)" }
    }

    /// The library to plan with: `builtin` plus the recipes `ids` (their bricks carrying their edits).
    /// Throws for an unknown recipe, a stack a recipe does not change, or a repository with nothing to work on.
    public static func library(
        _ ids: [String], catalog: RecipeCatalog, parameters: [String], workspace: BrickWorkspace, builtin: BrickLibrary
    ) throws -> BrickLibrary {
        let recipes = try ids.map { try catalog.recipe($0) }
        let stacks = stackNames(workspace.facts)
        for recipe in recipes where recipe.stackRequired && !recipe.changesApplication(of: stacks) {
            throw RecipeError(
                .unsupportedStack,
                "recipe \(recipe.id) changes the application of \(recipe.stacks.joined(separator: ", ")); this repository's stack is \(stacks.first ?? "not one groundwork recognises")")
        }
        let snapshot = try snapshot(of: workspace)
        let inventory = snapshot.map { ScaleInventory.load(AuditContext(snapshot: $0, stack: workspace.report.stack)) } ?? ScaleInventory(objects: [])
        let worker = snapshot.flatMap(WorkerEntryPoint.find(in:))
        if inventory.workloads.isEmpty, !recipes.contains(where: { $0.changesApplication(of: stacks) }) {
            throw RecipeError(
                .nothingToChange, "\(workspace.path) has no Kubernetes Deployment or StatefulSet for the recipes to work on; apply the kubernetes brick first (groundwork apply kubernetes)")
        }
        var library = builtin
        let overrides = try ParameterResolver.parse(parameters, bricks: recipes.map(\.brick))
        for recipe in recipes {
            var brick = recipe.brick
            let values = try ParameterResolver.resolve(brick, facts: workspace.facts, overrides: overrides[brick.id] ?? [:], locked: workspace.lock.brick(brick.id)?.parameters ?? [:])
            for spec in brick.manifest.edits where spec.kind == nil {
                brick.editionEdits[spec.name] = try edit(spec.name, values: values, inventory: inventory, worker: worker, file: recipe.brick.manifest.manifestPath)
            }
            library.add([brick])
        }
        return library
    }

    /// The library for `update`: `builtin` plus every recipe the lock file records, with their edits.
    public static func updateLibrary(catalog: RecipeCatalog, workspace: BrickWorkspace, builtin: BrickLibrary) throws -> BrickLibrary {
        let applied = catalog.recipes.map(\.id).filter { workspace.lock.brick($0) != nil }
        guard !applied.isEmpty else { return builtin }
        return try library(applied, catalog: catalog, parameters: [], workspace: workspace, builtin: builtin)
    }

    /// The implementation of a recipe edit with the run's parameter values.
    static func edit(
        _ name: String, values: [String: ParameterValue], inventory: ScaleInventory, worker: WorkerEntryPoint?, file: String
    ) throws(RecipeError) -> any InPlaceEdit {
        func int(_ key: String) throws(RecipeError) -> Int {
            guard case .int(let value)? = values[key] else { throw RecipeError(.manifest, "the edit \(name) needs the int parameter \(key)", file: file) }
            return value
        }
        switch name {
        case "recipes/pdb": return DisruptionBudgetEdit(inventory: inventory, minimumReplicas: try int("min_replicas"))
        case "recipes/hpa":
            return AutoscalerEdit(inventory: inventory, minReplicas: try int("min_replicas"), maxReplicas: try int("max_replicas"), cpuUtilization: try int("cpu_utilization"))
        case "recipes/graceful-shutdown": return ShutdownManifestEdit(preStopSeconds: try int("prestop_seconds"), drainSeconds: try int("drain_seconds"))
        case "recipes/graceful-shutdown-node": return NodeShutdownWiringEdit()
        case "recipes/graceful-shutdown-python": return PythonShutdownWiringEdit()
        case "recipes/graceful-shutdown-go": return GoShutdownWiringEdit()
        case "recipes/graceful-shutdown-swift": return SwiftShutdownWiringEdit()
        case "recipes/db-connection-budget":
            guard case .bool(let pgbouncer)? = values["pgbouncer"] else { throw RecipeError(.manifest, "the edit \(name) needs the bool parameter pgbouncer", file: file) }
            return ConnectionBudgetEdit(
                inventory: inventory, poolSize: try int("pool_size"), maxConnections: try int("max_connections"),
                reservedConnections: try int("reserved_connections"), pgbouncer: pgbouncer
            )
        case "recipes/db-pool-node": return NodePoolSizeEdit()
        case "recipes/workers":
            guard case .string(let address)? = values["redis_address"], case .string(let queue)? = values["queue_name"] else {
                throw RecipeError(.manifest, "the edit \(name) needs the string parameters redis_address and queue_name", file: file)
            }
            return WorkerSplitEdit(
                inventory: inventory, worker: worker, maxReplicas: try int("max_replicas"), jobsPerWorker: try int("jobs_per_worker"), redisAddress: address,
                queueName: queue)
        case "recipes/workers-go-image": return GoWorkerImageEdit(worker: worker)
        case "recipes/red-metrics":
            guard case .string(let endpoint)? = values["otlp_endpoint"] else { throw RecipeError(.manifest, "the edit \(name) needs the string parameter otlp_endpoint", file: file) }
            return MetricsManifestEdit(inventory: inventory, otlpEndpoint: endpoint)
        case "recipes/red-metrics-python": return PythonMetricsWiringEdit()
        case "recipes/red-metrics-go": return GoMetricsWiringEdit()
        case "recipes/red-metrics-node": return NodeMetricsWiringEdit()
        case "recipes/red-metrics-swift": return SwiftMetricsWiringEdit()
        case "recipes/rate-limit":
            guard case .string(let secret)? = values["redis_secret"], case .string(let key)? = values["redis_secret_key"] else {
                throw RecipeError(.manifest, "the edit \(name) needs the string parameters redis_secret and redis_secret_key", file: file)
            }
            return RedisURLManifestEdit(secret: secret, key: key, recipe: "rate-limit", purpose: "the limiter's buckets live in this Redis")
        case "recipes/rate-limit-node": return NodeRateLimitWiringEdit()
        case "recipes/rate-limit-python": return PythonRateLimitWiringEdit()
        case "recipes/rate-limit-go": return GoRateLimitWiringEdit()
        case "recipes/rate-limit-swift": return SwiftRateLimitWiringEdit()
        case "recipes/stateless-sessions":
            guard case .string(let secret)? = values["redis_secret"], case .string(let key)? = values["redis_secret_key"] else {
                throw RecipeError(.manifest, "the edit \(name) needs the string parameters redis_secret and redis_secret_key", file: file)
            }
            return RedisURLManifestEdit(secret: secret, key: key, recipe: "stateless-sessions", purpose: "sessions and shared caches live in Redis")
        case "recipes/stateless-sessions-node": return NodeSessionStoreEdit()
        case "recipes/stateless-sessions-python": return PythonSessionStoreEdit()
        case "recipes/stateless-sessions-go": return GoSessionStoreEdit()
        case "recipes/stateless-sessions-swift": return SwiftSessionStoreEdit()
        case "recipes/cache":
            guard case .string(let secret)? = values["redis_secret"], case .string(let key)? = values["redis_secret_key"] else {
                throw RecipeError(.manifest, "the edit \(name) needs the string parameters redis_secret and redis_secret_key", file: file)
            }
            return RedisURLManifestEdit(
                secret: secret, key: key, recipe: "cache", purpose: "the Redis every replica's read cache shares",
                settings: [(name: "CACHE_TTL_SECONDS", value: "\"\(try int("ttl_seconds"))\"")])
        case "recipes/cache-node": return NodeCacheWiringEdit()
        case "recipes/cache-python": return PythonCacheWiringEdit()
        case "recipes/cache-go": return GoCacheWiringEdit()
        case "recipes/cache-swift": return SwiftCacheWiringEdit()
        default:
            throw RecipeError(
                .manifest,
                "edits: unknown recipe edit \(name); expected one of recipes/pdb, recipes/hpa, recipes/graceful-shutdown, recipes/graceful-shutdown-node, recipes/graceful-shutdown-python, recipes/graceful-shutdown-go, recipes/graceful-shutdown-swift, recipes/db-connection-budget, recipes/db-pool-node, recipes/red-metrics, recipes/red-metrics-python, recipes/red-metrics-go, recipes/red-metrics-node, recipes/red-metrics-swift, recipes/workers, recipes/workers-go-image, recipes/stateless-sessions, recipes/stateless-sessions-node, recipes/stateless-sessions-python, recipes/stateless-sessions-go, recipes/stateless-sessions-swift, recipes/rate-limit, recipes/rate-limit-node, recipes/rate-limit-python, recipes/rate-limit-go, recipes/rate-limit-swift, recipes/cache, recipes/cache-node, recipes/cache-python, recipes/cache-go, recipes/cache-swift",
                file: file)
        }
    }

    /// The repository's tree at HEAD; nil before its first commit.
    static func snapshot(of workspace: BrickWorkspace) throws -> RepoSnapshot? {
        guard let commit = workspace.baseCommit else { return nil }
        return try RepoSnapshot.load(from: workspace.repository, commit: commit)
    }

    /// Audits the repository at `path` (the tree at HEAD) with the scale checks only.
    public static func scaleReport(_ path: String, now: Date) throws -> AuditReport {
        var options = AuditOptions.treeOnly(now: now)
        options.checks = ScaleChecks.all.map { $0 as any Check }
        return try Auditor.audit(path, options: options)
    }
}
#endif
